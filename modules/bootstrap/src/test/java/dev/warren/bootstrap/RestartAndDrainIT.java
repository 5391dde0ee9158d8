package dev.warren.bootstrap;

import static dev.warren.bootstrap.TwoProcessNodes.containers;
import static dev.warren.bootstrap.TwoProcessNodes.runningPerNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restart backoff and drain on real parts: a hybrid manager (its own embedded worker) and, for the
 * drain, a standalone worker with its own data directory, both on the process runtime. The same
 * behaviour is checked step by step with a controlled clock in the application module's scheduling
 * scenarios; here the real loops, timers and processes decide when things happen.
 */
class RestartAndDrainIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** The restart delay given on the command line; the managers double it per failed attempt. */
  private static final Duration RESTART_DELAY = Duration.ofSeconds(1);

  private static final int MAX_ATTEMPTS = 3;

  /**
   * Between two samples of the drain's running count: often enough to see a short dip (a
   * linearizable listing itself takes a few milliseconds to tens of milliseconds here).
   */
  private static final long SAMPLE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  @TempDir Path dataDir;
  @TempDir Path workerDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  @RegisterExtension final StartedNodes nodes = new StartedNodes(() -> dataDir, () -> workerDir);

  /** Every replica slot {@code slot} of {@code service} has had, oldest first. */
  private static List<Task> slotHistory(GrpcWarrenClient admin, String service, int slot) {
    return containers(admin).stream()
        .filter(task -> task.serviceName().equals(service) && task.slot() == slot)
        .sorted(Comparator.comparing(Task::createdAt))
        .toList();
  }

  private StartReport startHybridManager() {
    ControlPlaneServer server =
        managers.newServer(managers.config().withEmbeddedWorker(TwoProcessNodes.processes()));
    return nodes.start(server);
  }

  @Test
  void aCrashLoopingCommandBacksOffDoublingItsDelayAndStopsAtMaxAttempts() {
    StartReport manager = startHybridManager();
    GrpcWarrenClient admin =
        TlsClients.as(manager, TlsClients.admin(managers.environment().credentials()));

    managers.ok(
        manager,
        "service",
        "create",
        "crash",
        "--image",
        "process://",
        "--restart-condition",
        "on-failure",
        "--restart-delay",
        RESTART_DELAY.toSeconds() + "s",
        "--restart-max-attempts",
        String.valueOf(MAX_ATTEMPTS),
        "--command",
        "sh",
        "--command=-c",
        "--command",
        "exit 1");

    // Max attempts counts restarts, as Docker's does: the first run and three restarts (gaps of
    // 1 s, 2 s and 4 s).
    Await.until(
        () -> {
          List<Task> history = slotHistory(admin, "crash", 0);
          return history.size() == MAX_ATTEMPTS + 1
              && history.stream().allMatch(t -> t.state().isTerminal());
        },
        DEADLINE);
    List<Task> history = slotHistory(admin, "crash", 0);
    assertThat(history)
        .allSatisfy(
            task -> {
              assertThat(task.state()).isEqualTo(TaskState.FAILED);
              assertThat(task.error()).isEqualTo("exited with code 1");
            });
    // The command exits at once, so each replica's end stands for its start: the restart after
    // the n-th failure waits the delay times 2^(n-1), counted from that failure.
    for (int failure = 1; failure < history.size(); failure++) {
      Duration gap =
          Duration.between(history.get(failure - 1).updatedAt(), history.get(failure).updatedAt());
      assertThat(gap)
          .as("gap after failure %d", failure)
          .isGreaterThanOrEqualTo(RESTART_DELAY.multipliedBy(1L << (failure - 1)));
    }

    // Had the managers not given up, the next run would be due after 2^(max attempts) delays.
    // Once that moment is past, a new service being placed shows a later full reconciler pass;
    // that pass must have left the crashing slot empty.
    Instant wouldRestart =
        history
            .get(history.size() - 1)
            .updatedAt()
            .plus(RESTART_DELAY.multipliedBy(1L << MAX_ATTEMPTS));
    Await.until(() -> Instant.now().isAfter(wouldRestart), DEADLINE);
    managers.createSleepers(manager, "marker", 1);
    Await.until(() -> runningPerNode(admin, "marker").equals(Map.of("manager-1", 1L)), DEADLINE);

    assertThat(slotHistory(admin, "crash", 0))
        .extracting(Task::id)
        .containsExactlyElementsOf(history.stream().map(Task::id).toList());
    assertThat(managers.ok(manager, "service", "ps", "crash").out()).contains("exited with code 1");
  }

  @Test
  void drainingAWorkerMovesItsReplicasWithoutDroppingBelowOneLessThanDesired() throws Exception {
    StartReport manager = startHybridManager();
    var adminIdentity = TlsClients.admin(managers.environment().credentials());
    GrpcWarrenClient admin = TlsClients.as(manager, adminIdentity);
    var worker = nodes.start(TwoProcessNodes.worker(manager, adminIdentity, workerDir));

    TwoProcessNodes.spreadFourSleepers(managers, manager, admin, "spread");

    var sampling = new AtomicBoolean(true);
    var sampled = new AtomicInteger();
    CompletableFuture<List<Long>> samples =
        CompletableFuture.supplyAsync(
            () -> {
              var counts = new ArrayList<Long>();
              while (sampling.get()) {
                counts.add(
                    runningPerNode(admin, "spread").values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
                sampled.incrementAndGet();
                LockSupport.parkNanos(SAMPLE_PAUSE_NANOS);
              }
              return counts;
            });
    try {
      // The sampler is watching before the drain begins.
      Await.until(() -> sampled.get() > 0, DEADLINE);
      managers.ok(manager, "node", "update", "worker-2", "--availability", "drain");
      Await.until(() -> runningPerNode(admin, "spread").equals(Map.of("manager-1", 4L)), DEADLINE);
    } finally {
      sampling.set(false);
    }

    List<Long> counts = samples.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    // A drain here takes about half a second (the worker stops its replicas within a heartbeat),
    // so only a handful of samples fall into it.
    assertThat(counts).as("running counts sampled while draining").hasSizeGreaterThanOrEqualTo(5);
    assertThat(counts.stream().mapToLong(Long::longValue).min().orElseThrow())
        .as("fewest replicas running while draining, of %s", counts)
        .isGreaterThanOrEqualTo(3);
    assertThat(managers.ok(manager, "node", "ls").out()).containsPattern("worker-2 .*drain");
  }
}
