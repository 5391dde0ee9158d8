package dev.warren.benchmarks;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.cli.cluster.LoginToken;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.tls.ClientTlsIdentity;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How long a lost worker's replicas take to run elsewhere, from the worker's last heartbeat: a real
 * in-process manager (Ratis with fsync, Xodus, gRPC over mutual TLS, the leader's reconciler and
 * node liveness loop) and simulated workers that join with a certificate like real ones, heartbeat
 * and report every replica assigned to them running as soon as they see it. Each trial adds a
 * victim worker, places a service spread over all workers (two replicas on each), stops the
 * victim's heartbeats right after one and times until every replica of the service runs on the
 * other workers. The figure minus the node-down timeout is the control plane's own reaction.
 */
@Command(
    name = "warren-bench-failover",
    description = "Measures a lost worker's replicas running elsewhere after its last heartbeat.")
public final class FailoverBenchmark implements Callable<Integer> {
  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final int REPLICAS_PER_NODE = 2;

  @Mixin MachineLoad machine;

  @Option(names = "--trials", description = "Workers lost, one by one (default ${DEFAULT-VALUE}).")
  int trials = 10;

  @Option(
      names = "--workers",
      description = "Workers that stay, beside each trial's victim (default ${DEFAULT-VALUE}).")
  int workers = 3;

  @Option(
      names = "--node-down-timeout-ms",
      description = "The manager's node-down timeout (default ${DEFAULT-VALUE}).")
  long nodeDownTimeoutMillis = 15_000;

  @Option(
      names = "--heartbeat-ms",
      description = "The simulated workers' heartbeat interval (default ${DEFAULT-VALUE}).")
  long heartbeatMillis = 5_000;

  @Option(
      names = "--data-parent",
      description = "Where the manager's data directory goes (default: the temp directory).")
  Path dataParent = Path.of(System.getProperty("java.io.tmpdir"));

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FailoverBenchmark()).execute(args));
  }

  /**
   * A simulated worker: heartbeats on a timer, and every 50 ms reports the replicas assigned to it
   * running and those it should stop shut down, as a worker does when its runtime starts at once.
   */
  private final class SimulatedWorker implements AutoCloseable {
    private final NodeId id;
    private final GrpcWarrenClient client;
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private final AtomicLong failures = new AtomicLong();

    SimulatedWorker(
        InProcessManager manager, GrpcWarrenClient admin, NodeId id, Map<String, String> labels) {
      this.id = id;
      this.client = joined(manager, admin, id);
      client.register(
          new RegisterNodeRequest(
              id, NodeRole.WORKER, "127.0.0.1:7946", new NodeResources(4, 8L << 30, 0), labels));
    }

    void start(ScheduledExecutorService timer) {
      timers.add(
          timer.scheduleAtFixedRate(
              () -> quietly(this::heartbeat), 0, heartbeatMillis, TimeUnit.MILLISECONDS));
      timers.add(
          timer.scheduleWithFixedDelay(() -> quietly(this::follow), 0, 50, TimeUnit.MILLISECONDS));
    }

    void heartbeat() {
      client.record(new RecordHeartbeatRequest(id, Optional.empty(), List.of()));
    }

    /** Stops everything on a timer; the worker is silent from now on. */
    void silence() {
      timers.forEach(future -> future.cancel(false));
    }

    private void follow() {
      for (Task task :
          client.list(
              new ListContainersRequest(
                  Optional.empty(), Optional.of(id), ReadConsistency.LOCAL))) {
        TaskState reached;
        if (task.desiredState() == DesiredState.RUNNING
            && task.state().ordinal() < TaskState.RUNNING.ordinal()) {
          reached = TaskState.RUNNING;
        } else if (task.desiredState() != DesiredState.RUNNING && !task.state().isTerminal()) {
          reached = TaskState.SHUTDOWN;
        } else {
          continue;
        }
        client.update(
            new UpdateContainerStatusRequest(
                id, new TaskStatusReport(task.id(), reached, "sim-" + task.slot(), "")));
      }
    }

    private void quietly(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException e) {
        failures.incrementAndGet();
      }
    }

    @Override
    public void close() {
      silence();
      client.close();
    }
  }

  /** A client presenting a worker certificate for {@code id}, obtained with a join token. */
  private static GrpcWarrenClient joined(
      InProcessManager manager, GrpcWarrenClient admin, NodeId id) {
    String token = admin.joinTokens().generate(new GenerateJoinTokenRequest(Role.WORKER)).token();
    IssuedCertificate issued;
    try (GrpcWarrenClient anonymous =
        GrpcWarrenClient.pinnedCa(
            "127.0.0.1", manager.apiPort(), LoginToken.parse(token).caDigest(), DEADLINE)) {
      issued =
          anonymous.requestCertificate(
              new RequestCertificateRequest(id.value(), token, Optional.empty()));
    }
    var identity =
        new ClientTlsIdentity(
            issued.certificatePem(),
            issued.privateKeyPem().orElseThrow(),
            issued.caCertificatePem());
    return GrpcWarrenClient.mutualTls("127.0.0.1", manager.apiPort(), identity, DEADLINE);
  }

  @Override
  public Integer call() throws Exception {
    Duration timeout = Duration.ofMillis(nodeDownTimeoutMillis);
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
    List<SimulatedWorker> started = new ArrayList<>();
    try (var manager =
            InProcessManager.start(
                dataParent,
                false,
                config -> config.withLeaderLoops().withNodeDownTimeout(timeout));
        var admin =
            GrpcWarrenClient.mutualTls(
                "127.0.0.1", manager.apiPort(), manager.adminIdentity(), DEADLINE)) {
      for (int w = 0; w < workers; w++) {
        var worker = new SimulatedWorker(manager, admin, NodeId.of("stay-" + w), Map.of());
        started.add(worker);
        worker.start(timer);
      }
      out.printf(
          "Failover benchmark: %d workers stay, one lost per trial, %d trials; node-down timeout"
              + " %d ms, heartbeats every %d ms%n",
          workers, trials, nodeDownTimeoutMillis, heartbeatMillis);
      List<Double> seconds = new ArrayList<>();
      for (int trial = 0; trial < trials; trial++) {
        seconds.add(trial(manager, admin, timer, started, trial, timeout));
      }
      List<Double> sorted = seconds.stream().sorted().toList();
      double p50 = percentile(sorted, 50);
      double p99 = percentile(sorted, 99);
      double timeoutSeconds = nodeDownTimeoutMillis / 1000.0;
      out.printf(
          "  last heartbeat -> all replicas running elsewhere: p50 %.2f s, p99 %.2f s, max %.2f s"
              + " (minus the timeout: p50 %.2f s, p99 %.2f s); load average %.1f on %d cores%n",
          p50,
          p99,
          sorted.getLast(),
          p50 - timeoutSeconds,
          p99 - timeoutSeconds,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      long failed = started.stream().mapToLong(worker -> worker.failures.get()).sum();
      out.printf("  simulated workers' failed calls: %d%n", failed);
      return 0;
    } finally {
      started.forEach(SimulatedWorker::close);
      timer.shutdownNow();
    }
  }

  /** One lost worker: the seconds from its last heartbeat to its replicas running elsewhere. */
  private double trial(
      InProcessManager manager,
      GrpcWarrenClient admin,
      ScheduledExecutorService timer,
      List<SimulatedWorker> started,
      int trial,
      Duration timeout)
      throws InterruptedException {
    var victim = new SimulatedWorker(manager, admin, NodeId.of("lost-" + trial), Map.of());
    started.add(victim);
    victim.start(timer);
    int replicas = REPLICAS_PER_NODE * (workers + 1);
    String name = "trial-" + trial;
    var service =
        admin.create(
            new CreateServiceRequest(ServiceSpec.of(name, "registry.example.com/app:1", replicas)));
    awaitRunning(admin, name, replicas, Optional.empty(), Duration.ofSeconds(60));
    victim.silence();
    victim.heartbeat();
    long lastHeartbeat = System.nanoTime();
    awaitRunning(admin, name, replicas, Optional.of(victim.id), timeout.plusSeconds(60));
    double seconds = (System.nanoTime() - lastHeartbeat) / 1e9;
    out.printf("  trial %d: %.2f s%n", trial + 1, seconds);
    admin.delete(new DeleteServiceRequest(service.id()));
    return seconds;
  }

  /** The nearest-rank percentile of sorted values. */
  private static double percentile(List<Double> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** Waits until {@code count} replicas of the service run, none on {@code notOn}. */
  private static void awaitRunning(
      GrpcWarrenClient admin, String service, int count, Optional<NodeId> notOn, Duration cap)
      throws InterruptedException {
    long end = System.nanoTime() + cap.toNanos();
    while (System.nanoTime() < end) {
      long running =
          admin
              .list(
                  new ListContainersRequest(
                      Optional.empty(), Optional.empty(), ReadConsistency.LINEARIZABLE))
              .stream()
              .filter(task -> task.serviceName().equals(service))
              .filter(task -> task.desiredState() == DesiredState.RUNNING)
              .filter(task -> task.state() == TaskState.RUNNING)
              .filter(task -> notOn.isEmpty() || !task.nodeId().equals(notOn))
              .count();
      if (running == count) {
        return;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException(
        service + " did not reach " + count + " running replicas within " + cap);
  }
}
