package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.guard.MalformedRequestGuard;
import dev.warren.adapters.grpc.guard.RejectionLog;
import dev.warren.adapters.grpc.interceptor.MetricsInterceptor;
import dev.warren.adapters.grpc.interceptor.TlsAuthenticationInterceptor;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.tls.ClientCertificateVerifier;
import dev.warren.adapters.grpc.tls.SslContexts;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.tls.PemMaterial;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The warren.v1 gRPC server on TCP: the {@code WarrenAPI} service, the standard {@code
 * grpc.health.v1} health service and server reflection. It speaks mutual TLS 1.3 only (see {@link
 * ServerTls}); each WarrenAPI call's caller comes from its client certificate and the call is
 * authorized by {@link WarrenApi#authorizer()} before it reaches a use case (health and reflection
 * stay open: they reveal nothing). Each call runs on its own virtual thread, so use cases may
 * block. Every WarrenAPI call is metered (see {@link MetricsInterceptor}).
 *
 * <p>Lifecycle: {@link #start()} once, then {@link #close()}; both are thread-safe, and close is
 * idempotent.
 */
public final class GrpcServerAdapter implements AutoCloseable {
  private static final Duration GRACEFUL_SHUTDOWN = Duration.ofSeconds(5);
  private static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(2);

  private final GrpcSettings settings;
  private final WarrenApi api;
  private final MeterRegistry registry;
  private final Object lock = new Object();
  private Server server;
  private ExecutorService executor;
  private HealthStatusManager health;
  private StreamShutdown streams;
  private ReloadableKeyManager keyManager;
  private boolean closed;

  /**
   * @param registry where API metrics go; the composition root exposes it (Prometheus)
   */
  public GrpcServerAdapter(GrpcSettings settings, WarrenApi api, MeterRegistry registry) {
    this.settings = Checks.notNull("grpc settings", settings);
    this.api = Checks.notNull("warren API", api);
    this.registry = Checks.notNull("meter registry", registry);
  }

  /**
   * Binds {@code settings.host():settings.port()} and starts serving.
   *
   * @throws FailedPreconditionException if the address cannot be bound (in use, or not local)
   * @throws IllegalStateException if already started or closed
   */
  public void start() {
    synchronized (lock) {
      if (server != null || closed) {
        throw new IllegalStateException("the gRPC server can be started only once");
      }
      NettyServerBuilder builder =
          NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.port()));
      ServerTls tls = settings.tls();
      keyManager =
          ReloadableKeyManager.fromPem(
              tls.identity().certificateChainPem(), tls.identity().privateKeyPem());
      builder.sslContext(SslContexts.server(keyManager));
      X509Certificate ca =
          PemMaterial.certificates("CA certificate", tls.caCertificatePem()).getFirst();
      ServerInterceptor authentication =
          new TlsAuthenticationInterceptor(
              new ClientCertificateVerifier(ca, tls.clusterId(), tls.clock()));
      ApiService service = ApiService.build(api, registry, authentication);
      ExecutorService callExecutor = Executors.newVirtualThreadPerTaskExecutor();
      var healthStatus = new HealthStatusManager();
      var rejections = new RejectionLog();
      service
          .definitions()
          .forEach(
              definition ->
                  builder.addService(MalformedRequestGuard.guard(definition, rejections)));
      Server built =
          builder
              .executor(callExecutor)
              .addService(MalformedRequestGuard.guard(healthStatus.getHealthService(), rejections))
              .addService(
                  MalformedRequestGuard.guard(ProtoReflectionServiceV1.newInstance(), rejections))
              .build();
      var served = service.streams();
      try {
        built.start();
      } catch (IOException failure) {
        callExecutor.close();
        throw new FailedPreconditionException(bindFailureMessage(failure), failure);
      }
      healthStatus.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
      healthStatus.setStatus(WarrenAPIGrpc.SERVICE_NAME, ServingStatus.SERVING);
      server = built;
      executor = callExecutor;
      health = healthStatus;
      streams = served;
    }
  }

  /**
   * Replaces the server's TLS identity (after a certificate renewal) without a restart: new
   * connections get the new certificate, open ones keep theirs.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the PEM text does not parse
   * @throws IllegalStateException if the server has not been started
   */
  public void reloadIdentity(TlsIdentity identity) {
    Checks.notNull("TLS identity", identity);
    synchronized (lock) {
      if (keyManager == null) {
        throw new IllegalStateException("the gRPC server has not been started");
      }
      keyManager.reloadPem(identity.certificateChainPem(), identity.privateKeyPem());
    }
  }

  /**
   * The port the server listens on; the OS-assigned one when the settings said 0.
   *
   * @throws IllegalStateException if the server is not running
   */
  public int port() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("the gRPC server is not running");
      }
      return server.getPort();
    }
  }

  /**
   * Stops accepting calls, lets running calls finish for up to five seconds, then cancels the rest.
   * Health checks report NOT_SERVING from the moment close begins; event streams are ended at once
   * with UNAVAILABLE and a resume hint, since they never finish by themselves.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (server == null) {
        return;
      }
      health.enterTerminalState();
      streams.endAll("the manager is shutting down");
      GracefulStop.stop(
          server::shutdown,
          server::awaitTermination,
          server::shutdownNow,
          GRACEFUL_SHUTDOWN,
          FORCED_SHUTDOWN);
      executor.shutdownNow();
    }
  }

  private String bindFailureMessage(IOException failure) {
    Throwable reason = failure.getCause() == null ? failure : failure.getCause();
    return "cannot listen for the gRPC API on "
        + settings.host()
        + ":"
        + settings.port()
        + ": "
        + reason.getMessage()
        + (reason instanceof BindException
            ? " (is another manager running there? stop it or choose another address)"
            : "");
  }
}
