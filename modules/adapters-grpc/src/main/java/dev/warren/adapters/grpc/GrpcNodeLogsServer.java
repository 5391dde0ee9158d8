package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.LogRpcs;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.guard.MalformedRequestGuard;
import dev.warren.adapters.grpc.guard.RejectionLog;
import dev.warren.adapters.grpc.interceptor.TlsAuthenticationInterceptor;
import dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc;
import dev.warren.adapters.grpc.tls.ClientCertificateVerifier;
import dev.warren.adapters.grpc.tls.SslContexts;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import dev.warren.tls.PemMaterial;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A standalone worker's logs endpoint: warren.logs.v1 {@code NodeLogs} on the worker's advertise
 * address, over mutual TLS 1.3 with the worker's own certificate (reloaded in place on renewal).
 * Callers are judged as on a manager (a certificate of this cluster's CA, then the RPC's rule:
 * managers only), so the CLI, admins and other workers cannot read a node's logs directly.
 */
public final class GrpcNodeLogsServer implements AutoCloseable {
  private static final Duration GRACEFUL_SHUTDOWN = Duration.ofSeconds(2);
  private static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(2);

  private final Server server;
  private final ExecutorService executor;
  private final StreamShutdown streams;

  private GrpcNodeLogsServer(Server server, ExecutorService executor, StreamShutdown streams) {
    this.server = server;
    this.executor = executor;
    this.streams = streams;
  }

  /**
   * Binds {@code host:port} (0: any free port) and serves.
   *
   * @param authorizer judges each call by its rule; a node holds no cluster state, so one that
   *     decides by role alone
   * @throws FailedPreconditionException if the address cannot be bound
   */
  public static GrpcNodeLogsServer start(
      String host,
      int port,
      ReloadableKeyManager keys,
      String caCertificatePem,
      ClusterId cluster,
      StreamNodeLogsUseCase logs,
      AuthorizeCallUseCase authorizer,
      MeterRegistry registry) {
    Checks.notNull("node logs use case", logs);
    var streams = new StreamShutdown();
    var authentication =
        new TlsAuthenticationInterceptor(
            new ClientCertificateVerifier(
                PemMaterial.certificates("CA certificate", caCertificatePem).getFirst(),
                cluster,
                InstantSource.system()));
    var service =
        ApiService.guarded(
            LogRpcs.nodeLogs(logs, streams),
            NodeLogsGrpc.getServiceDescriptor(),
            authorizer,
            registry,
            authentication);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    Server server =
        NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
            .sslContext(SslContexts.server(keys))
            .executor(executor)
            .addService(MalformedRequestGuard.guard(service, new RejectionLog()))
            .build();
    try {
      server.start();
    } catch (IOException failure) {
      executor.close();
      Throwable reason = failure.getCause() == null ? failure : failure.getCause();
      throw new FailedPreconditionException(
          "cannot listen for the worker's logs endpoint on "
              + host
              + ":"
              + port
              + ": "
              + reason.getMessage()
              + " (choose another with --advertise-address HOST:PORT)",
          failure);
    }
    return new GrpcNodeLogsServer(server, executor, streams);
  }

  /** The port it listens on (the OS-assigned one when started with 0). */
  public int port() {
    return server.getPort();
  }

  /** Ends open streams (the manager reports the node as unreachable) and stops. */
  @Override
  public void close() {
    streams.endAll("the worker is shutting down");
    GracefulStop.stop(
        server::shutdown,
        server::awaitTermination,
        server::shutdownNow,
        GRACEFUL_SHUTDOWN,
        FORCED_SHUTDOWN);
    executor.shutdownNow();
  }
}
