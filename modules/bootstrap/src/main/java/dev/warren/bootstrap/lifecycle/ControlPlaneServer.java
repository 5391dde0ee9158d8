package dev.warren.bootstrap.lifecycle;

import dagger.Lazy;
import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.adapters.grpc.GrpcLocalSocketAdapter;
import dev.warren.adapters.grpc.GrpcServerAdapter;
import dev.warren.adapters.grpc.GrpcSettings;
import dev.warren.adapters.grpc.ServerTls;
import dev.warren.adapters.grpc.WarrenApi;
import dev.warren.bootstrap.metrics.MetricsHttpServer;
import dev.warren.bootstrap.metrics.Readiness;
import dev.warren.cli.ControlPlane;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.port.in.InitializeClusterRequest;
import dev.warren.domain.port.in.InitializeClusterUseCase;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.ClusterKeysPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import dev.warren.tls.ReloadableKeyManager;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One manager process: starts its parts in dependency order and stops them in reverse.
 *
 * <p>Start order: data-directory lock → storage (Xodus) → on a manager that joins a cluster, the
 * cluster keys from a running manager ({@link ManagerJoining}) → CA (created on a new data
 * directory) and this manager's node certificate (reused or issued, see {@link NodeTls}) →
 * replicated log (Ratis, on mutual TLS with that certificate; a joining manager is added to the
 * group and catches up) → cluster data key → cluster record (on a new cluster, with the CA's
 * cluster id) → gRPC API over mutual TLS → certificate renewal schedule (renewing both the API's
 * and Raft's certificate) → read-only unix socket → node registration → the leader's control loops
 * and the embedded worker (when configured) → admin credentials for the user who started it (when
 * configured) → metrics HTTP. TLS needs the cluster id and CA before the API binds; the node
 * registers after it because the registered API address must carry the bound port when port 0 was
 * asked for. Every part is created only when its turn comes (Dagger {@link Lazy}), so a failure
 * leaves the later parts untouched and the earlier ones are closed again.
 *
 * <p>Threading: {@link #start} and {@link #close} are mutually exclusive; {@link #close} is
 * idempotent and may be called from a shutdown hook; {@link #readiness} may be called from any
 * thread at any time.
 */
@Singleton
public final class ControlPlaneServer implements ControlPlane {
  private static final System.Logger LOG = System.getLogger(ControlPlaneServer.class.getName());

  private enum Phase {
    NEW,
    RUNNING,
    STOPPED
  }

  private final ManagerConfig config;
  private final Lazy<ClusterStatePort> state;
  private final Lazy<NodeTls> nodeTls;
  private final Lazy<RunningLog> log;
  private final Lazy<SecretCipherPort> cipher;
  private final Lazy<InitializeClusterUseCase> initialize;
  private final Lazy<CertificateAuthorityPort> certificateAuthority;
  private final Lazy<WarrenApi> api;
  private final Lazy<NodeWork> work;
  private final Lazy<ClusterKeysPort> clusterKeys;
  private final RoutedNodeLogsAdapter nodeLogs;
  private final InstantSource clock;
  private final PrometheusMeterRegistry registry;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  private Phase phase = Phase.NEW;
  private volatile boolean storageOpen;
  private volatile ReplicatedLogPort runningLog;
  private CertificateRenewal renewal;

  @Inject
  ControlPlaneServer(
      ManagerConfig config,
      Lazy<ClusterStatePort> state,
      Lazy<NodeTls> nodeTls,
      Lazy<RunningLog> log,
      Lazy<SecretCipherPort> cipher,
      Lazy<InitializeClusterUseCase> initialize,
      Lazy<CertificateAuthorityPort> certificateAuthority,
      Lazy<WarrenApi> api,
      Lazy<NodeWork> work,
      Lazy<ClusterKeysPort> clusterKeys,
      RoutedNodeLogsAdapter nodeLogs,
      InstantSource clock,
      PrometheusMeterRegistry registry) {
    this.config = config;
    this.state = state;
    this.nodeTls = nodeTls;
    this.log = log;
    this.cipher = cipher;
    this.initialize = initialize;
    this.certificateAuthority = certificateAuthority;
    this.api = api;
    this.work = work;
    this.clusterKeys = clusterKeys;
    this.nodeLogs = nodeLogs;
    this.clock = clock;
    this.registry = registry;
  }

  /**
   * Starts every part and returns where they listen. On failure everything already started is
   * closed again, the server counts as stopped, and the failure is rethrown.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if another process uses the data
   *     directory
   * @throws dev.warren.domain.error.DomainException or {@link java.io.UncheckedIOException} when a
   *     part cannot start (port taken, no leader in time, unreadable files)
   * @throws IllegalStateException if this server was started or closed before
   */
  public synchronized StartReport start() {
    if (phase != Phase.NEW) {
      throw new IllegalStateException("a manager can be started only once; it is " + phase);
    }
    try {
      started.push(DataDirectoryLock.acquire(config.dataDir()));

      ClusterStatePort store = state.get();
      started.push(store);
      storageOpen = true;
      started.push(() -> storageOpen = false);
      boolean resumed =
          store.read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID)).isPresent();
      if (!resumed && config.join().isPresent()) {
        // A joining manager gets the CA and the data key first; its node certificate is then
        // issued here like any manager's, and the Raft module starts it outside the group.
        ManagerJoining.receiveKeys(
            config, config.join().get(), new JdkCsrAdapter(), clusterKeys.get());
      }

      // Raft's TLS needs the CA and the node certificate before it starts; the cluster record,
      // proposed through Raft, then takes the CA's cluster id.
      NodeTls tls = nodeTls.get();
      String caPem = tls.caCertificatePem();

      RunningLog replicated = log.get();
      started.push(replicated.log());
      runningLog = replicated.log();
      started.push(() -> runningLog = null);

      // Opening the cipher creates the cluster data key on a new cluster, next to the CA.
      cipher.get();
      Cluster cluster = initialize.get().ensureCluster();
      if (!cluster.id().equals(tls.clusterId())) {
        throw new FailedPreconditionException(
            "data directory "
                + config.dataDir()
                + " holds cluster "
                + cluster.id()
                + " but the CA in "
                + config.pkiDir()
                + " is for cluster "
                + tls.clusterId());
      }
      CertificateAuthorityPort authority = certificateAuthority.get();
      NodeCertificate nodeCertificate = tls.certificate();
      NodeCertificate.Current serving = tls.initial();

      WarrenApi warrenApi = api.get();
      var server =
          new GrpcServerAdapter(
              new GrpcSettings(
                  config.apiListen().host(),
                  config.apiListen().port(),
                  new ServerTls(serving.identity(), caPem, cluster.id(), clock)),
              warrenApi,
              registry);
      server.start();
      started.push(server::close);
      var apiAddress = config.apiListen().withPort(server.port());
      // Reading a container's logs from its node, as this manager, over mutual TLS.
      var nodeClientKeys =
          ReloadableKeyManager.fromPem(
              serving.identity().certificateChainPem(), serving.identity().privateKeyPem());
      started.push(nodeLogs.connect(config.nodeId(), nodeClientKeys, caPem, cluster.id()));

      renewal =
          new CertificateRenewal(
              nodeCertificate,
              identity -> {
                tls.raft().reload(identity.certificateChainPem(), identity.privateKeyPem());
                server.reloadIdentity(identity);
                nodeClientKeys.reloadPem(identity.certificateChainPem(), identity.privateKeyPem());
              },
              clock);
      renewal.start(serving);
      started.push(renewal);

      var socket = new GrpcLocalSocketAdapter(config.socketPath(), warrenApi, registry);
      socket.start();
      started.push(socket);

      initialize
          .get()
          .initialize(
              new InitializeClusterRequest(
                  config.nodeId(),
                  config.embeddedWorker().isPresent() ? NodeRole.HYBRID : NodeRole.MANAGER,
                  apiAddress.toString()));

      // The loops first: the worker then finds its replicas already placed, or placed at once.
      if (config.leaderLoops()) {
        started.push(work.get().startLeaderLoops(config.nodeDownTimeout()));
      }
      Optional<String> worker = Optional.empty();
      if (config.embeddedWorker().isPresent()) {
        NodeWork.RunningWorker running =
            work.get()
                .startWorker(
                    config.embeddedWorker().get(),
                    config.nodeId(),
                    cluster.id(),
                    apiAddress.toString(),
                    config.workerDir());
        started.push(running.stop());
        started.push(nodeLogs.local().attach(running.logs()));
        worker = Optional.of(running.description());
      }

      Optional<Path> adminCredentials = Optional.empty();
      boolean adminIssued = false;
      if (config.adminCredentials().isPresent()) {
        CredentialsDirectory directory = config.adminCredentials().get();
        try {
          adminIssued = AdminCredentials.ensure(directory, authority, caPem, cluster.id(), clock);
          adminCredentials = Optional.of(directory.root());
        } catch (UncheckedIOException unwritable) {
          // A service user without a writable home still runs the manager; only the convenience
          // certificate is missing, and the operator is told so.
          LOG.log(
              Level.WARNING,
              "cannot write admin credentials to {0}: {1}",
              directory.root(),
              unwritable.getMessage());
        }
      }

      MetricsHttpServer metrics =
          MetricsHttpServer.start(config.metricsListen(), registry::scrape, this::readiness);
      started.push(metrics::close);
      phase = Phase.RUNNING;
      return new StartReport(
          cluster.id(),
          config.nodeId(),
          config.dataDir(),
          resumed,
          apiAddress,
          replicated.address(),
          config.metricsListen().withPort(metrics.port()),
          config.socketPath(),
          adminCredentials,
          adminIssued,
          worker);
    } catch (RuntimeException | Error failure) {
      try {
        stopAll();
      } catch (RuntimeException secondary) {
        failure.addSuppressed(secondary);
      }
      throw failure;
    }
  }

  /**
   * Renews this manager's node certificate now and serves it from the running API: the hook for
   * tests of renewal without a restart.
   *
   * @throws IllegalStateException if the server is not running
   */
  synchronized NodeCertificate.Current renewNodeCertificate() {
    if (phase != Phase.RUNNING) {
      throw new IllegalStateException("the manager is not running; it is " + phase);
    }
    return renewal.renewNow();
  }

  /**
   * Ready when storage is open and the log knows a leader and has applied up to its commit index.
   */
  public Readiness readiness() {
    if (!storageOpen) {
      return new Readiness.NotReady("storage is not open");
    }
    ReplicatedLogPort current = runningLog;
    if (current == null) {
      return new Readiness.NotReady("the replicated log is not running");
    }
    if (!current.isCaughtUp()) {
      return new Readiness.NotReady("no leader known or the log is not applied up to its commit");
    }
    return new Readiness.Ready();
  }

  /** Blocks until this server has stopped (by {@link #close}, from any thread). */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops every started part in reverse start order; idempotent. Every part is closed even if an
   * earlier one fails to; the first failure is then thrown with the others suppressed.
   */
  @Override
  public synchronized void close() {
    if (phase == Phase.STOPPED) {
      return;
    }
    stopAll();
  }

  private void stopAll() {
    phase = Phase.STOPPED;
    RuntimeException failure = null;
    try {
      while (!started.isEmpty()) {
        try {
          started.pop().close();
        } catch (Exception e) {
          RuntimeException unchecked =
              e instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException("cannot stop a manager part", e);
          if (failure == null) {
            failure = unchecked;
          } else {
            failure.addSuppressed(unchecked);
          }
        }
      }
      registry.close();
    } finally {
      stopped.countDown();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
