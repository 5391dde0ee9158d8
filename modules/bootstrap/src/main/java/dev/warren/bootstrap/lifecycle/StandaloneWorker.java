package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.GrpcNodeLogsServer;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.adapters.runtime.process.HostResources;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.cli.cluster.LoginToken;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.worker.WorkerNode;
import dev.warren.cli.worker.WorkerNodeConfig;
import dev.warren.cli.worker.WorkerStartReport;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.out.KeyAndCsrPort;
import dev.warren.tls.ReloadableKeyManager;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * {@code warren worker start}: a node that runs containers for a cluster it reaches over mutual
 * TLS. It holds the data directory's lock (one worker per directory, so never two copies of a
 * container), obtains or reuses its certificate ({@link WorkerCertificate}) and renews it at 50–80
 * % of its life, reloading its clients' identity in place; registers with its resources and labels;
 * then runs the same worker as a manager's embedded one ({@link WorkerAssembly}) over the managers
 * in turn ({@link FailoverWorkerClient}).
 */
public final class StandaloneWorker implements WorkerNode {
  private final WorkerNodeConfig config;
  private final KeyAndCsrPort keys;
  private final InstantSource clock;
  private final ManagerRetry retry;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean closed;

  public StandaloneWorker(WorkerNodeConfig config, KeyAndCsrPort keys, InstantSource clock) {
    this(config, keys, clock, ManagerRetry.standard());
  }

  /**
   * @param retry how long to wait between attempts while no manager answers at start
   */
  public StandaloneWorker(
      WorkerNodeConfig config, KeyAndCsrPort keys, InstantSource clock, ManagerRetry retry) {
    this.config = Objects.requireNonNull(config, "config");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  @Override
  public synchronized WorkerStartReport start() {
    try {
      return startAll();
    } catch (RuntimeException failure) {
      closeStarted();
      throw failure;
    }
  }

  private WorkerStartReport startAll() {
    started.push(DataDirectoryLock.acquire(config.dataDir()));
    var certificate =
        new WorkerCertificate(
            config.pkiDir(),
            config.nodeId(),
            LoginToken.parse(config.token()).caDigest(),
            config.token(),
            config.managers(),
            config.deadline(),
            keys,
            clock);
    var stored = certificate.load();
    // No manager answering yet is a wait, not a failure: managers may start after their workers.
    WorkerCertificate.Held held = stored.orElseGet(() -> retry.untilAnswered(certificate::request));
    var identity = held.current().identity();
    var keyManager =
        ReloadableKeyManager.fromPem(identity.certificateChainPem(), identity.privateKeyPem());
    List<GrpcWarrenClient> clients = new ArrayList<>();
    for (TcpAddress manager : config.managers()) {
      GrpcWarrenClient client =
          GrpcWarrenClient.mutualTls(
              manager.host(),
              manager.port(),
              keyManager,
              held.caCertificatePem(),
              config.deadline());
      started.push(client);
      clients.add(client);
    }
    var managers = new FailoverWorkerClient(clients);
    var renewal =
        new CertificateRenewal(
            () -> certificate.request().current(),
            renewed -> keyManager.reloadPem(renewed.certificateChainPem(), renewed.privateKeyPem()),
            clock);
    renewal.start(held.current());
    started.push(renewal);
    // The logs endpoint listens before the node registers the address managers will dial.
    var localLogs = new LocalNodeLogs();
    String host = advertisedHost();
    var logsServer =
        GrpcNodeLogsServer.start(
            host,
            advertisedPort(),
            keyManager,
            held.caCertificatePem(),
            held.clusterId(),
            localLogs,
            AuthorizeCallHandler.byRoleOnly(),
            new SimpleMeterRegistry());
    started.push(logsServer);
    String address =
        host.contains(":") ? "[" + host + "]:" + logsServer.port() : host + ":" + logsServer.port();
    retry.untilAnswered(
        () -> {
          register(managers, address);
          return address;
        });
    NodeWork.RunningWorker running =
        WorkerAssembly.start(
            config.worker(),
            config.nodeId(),
            held.clusterId(),
            managers,
            config.workerDir(),
            clock);
    started.push(running.stop());
    started.push(localLogs.attach(running.logs()));
    return new WorkerStartReport(
        held.clusterId(),
        config.nodeId(),
        config.dataDir(),
        stored.isPresent(),
        config.managers().get(managers.currentManager()).toString(),
        held.current().notAfter(),
        running.description());
  }

  /** Registers with the first manager that answers; the worker starts only once registered. */
  private void register(FailoverWorkerClient managers, String address) {
    var request =
        new RegisterNodeRequest(
            config.nodeId(),
            NodeRole.WORKER,
            address,
            HostResources.detect(config.workerDir()),
            config.worker().nodeLabels());
    UnavailableException last = null;
    for (int attempt = 0; attempt < config.managers().size(); attempt++) {
      try {
        managers.register(request);
        return;
      } catch (UnavailableException away) {
        last = away;
      }
    }
    throw new UnavailableException(
        "cannot register this worker with any manager at "
            + config.managers()
            + " ("
            + Objects.requireNonNull(last).getMessage()
            + ")",
        last);
  }

  /**
   * The host of {@code --advertise-address} ({@code HOST} or {@code HOST:PORT}), or the route's.
   */
  private String advertisedHost() {
    return config
        .advertiseAddress()
        .map(address -> splitPort(address)[0])
        .orElseGet(this::localAddress);
  }

  /** The port of {@code --advertise-address HOST:PORT} for the logs endpoint; 0: any free one. */
  private int advertisedPort() {
    return config
        .advertiseAddress()
        .map(address -> splitPort(address)[1])
        .filter(port -> !port.isEmpty())
        .map(StandaloneWorker::port)
        .orElse(0);
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidSpecException(
          "--advertise-address has port '"
              + text
              + "', which is not a number: give HOST or HOST:PORT");
    }
  }

  /** {@code HOST}, {@code HOST:PORT}, {@code [V6]:PORT} → host and port (empty when none). */
  private static String[] splitPort(String address) {
    if (address.startsWith("[")) {
      int end = address.indexOf(']');
      String port = address.length() > end + 2 ? address.substring(end + 2) : "";
      return new String[] {address.substring(1, end), port};
    }
    int colon = address.indexOf(':');
    if (colon < 0 || address.indexOf(':', colon + 1) >= 0) {
      return new String[] {address, ""};
    }
    return new String[] {address.substring(0, colon), address.substring(colon + 1)};
  }

  /**
   * The address this node reaches the first manager from: connecting a UDP socket only picks the
   * route, it sends nothing.
   */
  private String localAddress() {
    TcpAddress manager = config.managers().getFirst();
    try (var socket = new DatagramSocket()) {
      socket.connect(new InetSocketAddress(manager.host(), manager.port()));
      String host = socket.getLocalAddress().getHostAddress();
      return host.equals("0.0.0.0") ? "127.0.0.1" : host;
    } catch (IOException | RuntimeException noRoute) {
      return "127.0.0.1";
    }
  }

  @Override
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    // A start still waiting for a manager gives up first, so that the lock below is free.
    retry.cancel();
    closeHeld();
  }

  private synchronized void closeHeld() {
    if (closed) {
      return;
    }
    closed = true;
    closeStarted();
    stopped.countDown();
  }

  private void closeStarted() {
    RuntimeException failure = null;
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("cannot stop the worker cleanly", e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
