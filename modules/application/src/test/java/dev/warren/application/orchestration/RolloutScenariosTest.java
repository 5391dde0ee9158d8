package dev.warren.application.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.workload.UpdateServiceHandler;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.TaskChange.TaskHealthChanged;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.policy.RolloutPlanning;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Rollouts end to end over the real apply logic and an in-memory log: the reconciler and the
 * deployer take turns as the leader's loop runs them, simulated workers start and stop replicas and
 * report their health, and a controlled clock moves one second per round. After every round the
 * floor (replicas serving, not less than the replica count minus max unavailable) and the ceiling
 * (live replicas, not more than the replica count plus max surge) are checked.
 */
class RolloutScenariosTest {
  private static final int REPLICAS = 6;
  private static final HealthCheck HTTP_CHECK =
      new HealthCheck(new HealthProbe.Http("/", 8080, "http", List.of(), 200, 399), 1, 1, 1, 0);

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private ServiceReconciler reconciler =
      new ServiceReconciler(fixture.state, fixture.log, fixture.clock);
  private Deployer deployer = new Deployer(fixture.state, fixture.log, fixture.clock);
  private final UpdateServiceHandler updates =
      new UpdateServiceHandler(fixture.state, fixture.log, fixture.clock);

  /** Images whose replicas exit at once, and whose replicas never become healthy. */
  private final Set<String> crashing = new HashSet<>();

  private final Set<String> unhealthy = new HashSet<>();

  /** Every replica ever stopped by the managers, by id. */
  private final Set<TaskId> everStopped = new HashSet<>();

  private int floor;
  private int ceiling;
  private int lowestServing = Integer.MAX_VALUE;
  private int highestLive;

  private static ServiceSpec spec(
      String image, DeployStrategy strategy, UpdateConfig config, List<String> command) {
    return new ServiceSpec(
        "web",
        image,
        REPLICAS,
        dev.warren.domain.model.service.ServiceMode.REPLICATED,
        strategy,
        config,
        Optional.of(HTTP_CHECK),
        dev.warren.domain.model.service.RestartPolicy.DEFAULT,
        dev.warren.domain.model.service.Resources.UNLIMITED,
        List.of(),
        List.of(),
        java.util.Map.of(),
        command,
        List.of(),
        ServiceSpec.DEFAULT_STOP_TIMEOUT_SECONDS,
        dev.warren.domain.model.service.PlacementSpec.ANYWHERE);
  }

  private static UpdateConfig rolling(
      int parallelism, int delay, FailureAction action, int surge, int unavailable) {
    return new UpdateConfig(
        parallelism, delay, action, surge, unavailable, 0, 0, List.of(), 0, 0, false, 0);
  }

  /** A running service of six healthy replicas of {@code web:1}, with {@code config}. */
  private Service running(DeployStrategy strategy, UpdateConfig config) {
    seed.node("node-1");
    seed.node("node-2");
    Service service =
        Service.create(
            ServiceId.of("svc-web"), spec("web:1", strategy, config, List.of()), Fixture.T0);
    seed.propose(new ServiceCreated(service));
    rounds(5);
    assertThat(live()).hasSize(REPLICAS).allMatch(RolloutPlanning::ready);
    everStopped.clear();
    lowestServing = Integer.MAX_VALUE;
    highestLive = 0;
    return service;
  }

  private void update(String image) {
    updates.update(
        new UpdateServiceRequest(
            service().id(),
            Optional.empty(),
            Optional.of(image),
            Optional.empty(),
            Optional.empty()));
    assertThat(service().spec().image()).isEqualTo(image);
    assertThat(rollout().state()).isEqualTo(RolloutState.PENDING);
  }

  private Service service() {
    return fixture.state.read(reader -> reader.get(EntityKind.SERVICE, "svc-web")).orElseThrow();
  }

  private Rollout rollout() {
    return fixture.state.read(reader -> reader.get(EntityKind.ROLLOUT, "svc-web")).orElseThrow();
  }

  private List<Task> tasks() {
    return fixture.state.read(reader -> reader.list(EntityKind.TASK));
  }

  private List<Task> live() {
    return tasks().stream()
        .filter(t -> t.desiredState() == DesiredState.RUNNING && !t.state().isTerminal())
        .toList();
  }

  private long serving() {
    return live().stream()
        .filter(t -> t.state() == TaskState.RUNNING && t.health() == TaskHealth.HEALTHY)
        .count();
  }

  /** One round: the leader's pass (reconciler, then deployer), the workers, one second. */
  private void round() {
    reconciler.reconcileOnce();
    deployer.deployOnce();
    reconciler.reconcileOnce();
    workers();
    lowestServing = (int) Math.min(lowestServing, serving());
    highestLive = Math.max(highestLive, live().size());
    assertThat(serving())
        .as("replicas serving at %s (rollout %s)", fixture.clock.instant(), currentRollout())
        .isGreaterThanOrEqualTo(floor);
    assertThat(live().size()).as("live replicas").isLessThanOrEqualTo(ceiling);
    fixture.clock.advance(Duration.ofSeconds(1));
  }

  private Optional<Rollout> currentRollout() {
    return fixture.state.read(reader -> reader.get(EntityKind.ROLLOUT, "svc-web"));
  }

  private void rounds(int count) {
    for (int i = 0; i < count; i++) {
      round();
    }
  }

  /** Rounds until the rollout is in {@code state}, at most {@code limit}. */
  private void roundsUntil(Predicate<Rollout> done, int limit) {
    for (int i = 0; i < limit; i++) {
      if (currentRollout().filter(done).isPresent()) {
        return;
      }
      round();
    }
    assertThat(currentRollout()).get().matches(done, "the awaited rollout state");
  }

  /**
   * Simulated workers: a placed replica starts (or exits at once, for a crashing image) and one
   * round later is healthy (or unhealthy); a replica the managers stop ends.
   */
  private void workers() {
    for (Task task : tasks()) {
      if (task.nodeId().isEmpty() || task.state().isTerminal()) {
        continue;
      }
      if (task.desiredState() == DesiredState.SHUTDOWN) {
        everStopped.add(task.id());
        report(task, TaskState.SHUTDOWN, "");
      } else if (task.state() == TaskState.ASSIGNED) {
        if (crashing.contains(task.image())) {
          report(task, TaskState.FAILED, "exit status 1");
        } else {
          report(task, TaskState.RUNNING, "");
        }
      } else if (task.state() == TaskState.RUNNING && task.health() == TaskHealth.UNKNOWN) {
        seed.propose(
            new TaskHealthChanged(
                task.id(),
                unhealthy.contains(task.image()) ? TaskHealth.UNHEALTHY : TaskHealth.HEALTHY));
      }
    }
  }

  private void report(Task task, TaskState state, String error) {
    seed.propose(
        new TaskStateReported(
            task.nodeId().orElseThrow(),
            new TaskStatusReport(task.id(), state, "rt-" + task.id(), error),
            fixture.clock.instant()));
  }

  private void limits(int floorValue, int ceilingValue) {
    floor = floorValue;
    ceiling = ceilingValue;
  }

  @Test
  void aStopFirstRollingUpdateMovesInBatchesAndNeverGoesBelowTheFloor() {
    limits(0, REPLICAS);
    Service service = running(DeployStrategy.ROLLING, rolling(2, 3, FailureAction.PAUSE, 0, 0));
    List<TaskId> original = live().stream().map(Task::id).toList();
    limits(REPLICAS - 2, REPLICAS);

    update("web:2");
    List<Integer> stepsSeen = new ArrayList<>();
    for (int i = 0; i < 60 && rollout().state() != RolloutState.COMPLETED; i++) {
      round();
      if (stepsSeen.isEmpty() || stepsSeen.getLast() != rollout().step()) {
        stepsSeen.add(rollout().step());
      }
    }

    assertThat(rollout().state()).isEqualTo(RolloutState.COMPLETED);
    assertThat(rollout().stepCount()).isEqualTo(3);
    assertThat(stepsSeen).containsSubsequence(1, 2, 3);
    assertThat(lowestServing).isEqualTo(REPLICAS - 2);
    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:2"));
    assertThat(everStopped).containsExactlyInAnyOrderElementsOf(original);
    assertThat(live())
        .allMatch(t -> t.serviceVersion().equals(rollout().serviceVersion()))
        .extracting(Task::slot)
        .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    assertThat(rollout().previousVersion()).isEqualTo(service.version());
  }

  @Test
  void aStartFirstRollingUpdateKeepsEveryReplicaServingAndSurgesByAtMostMaxSurge() {
    limits(0, REPLICAS);
    running(DeployStrategy.ROLLING, rolling(1, 0, FailureAction.PAUSE, 1, 0));
    limits(REPLICAS, REPLICAS + 1);

    update("web:2");
    roundsUntil(r -> r.state() == RolloutState.COMPLETED, 80);

    assertThat(highestLive).isEqualTo(REPLICAS + 1);
    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:2"));
    assertThat(rollout().step()).isEqualTo(REPLICAS);
  }

  @Test
  void anUpdateWhoseReplicasNeverBecomeHealthyRollsBackByItselfWhenItsFailureActionSaysSo() {
    limits(0, REPLICAS);
    running(DeployStrategy.ROLLING, rolling(2, 0, FailureAction.ROLLBACK, 0, 0));
    unhealthy.add("web:bad");
    limits(REPLICAS - 2, REPLICAS);

    update("web:bad");
    roundsUntil(r -> r.state() == RolloutState.ROLLED_BACK, 60);

    Rollout back = rollout();
    assertThat(back.kind()).isEqualTo(RolloutKind.ROLLBACK);
    assertThat(back.reason())
        .startsWith("rolling back: 2 of 2 updated replicas failed (threshold 0%)")
        .contains("unhealthy");
    assertThat(service().spec().image()).isEqualTo("web:1");
    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:1"));
    // Only the first batch was ever replaced: the failure stopped the update there.
    assertThat(tasks().stream().filter(t -> t.image().equals("web:bad")).count())
        .isLessThanOrEqualTo(2);
  }

  @Test
  void anUpdateWhoseReplicasExitAtOncePausesWithTheReasonWhenItsFailureActionIsPause() {
    limits(0, REPLICAS);
    running(DeployStrategy.ROLLING, rolling(2, 0, FailureAction.PAUSE, 0, 0));
    crashing.add("web:crash");
    limits(REPLICAS - 2, REPLICAS);

    update("web:crash");
    roundsUntil(r -> r.state() == RolloutState.PAUSED, 30);
    rounds(10);

    assertThat(rollout().reason()).startsWith("paused: ").contains("failed (exit status 1)");
    assertThat(rollout().state()).isEqualTo(RolloutState.PAUSED);
    // The paused rollout touched nothing past its first batch.
    assertThat(live().stream().filter(t -> t.image().equals("web:1")).count())
        .isEqualTo(REPLICAS - 2);
  }

  @Test
  void aNewLeaderResumesARollingUpdateAtItsStepWithoutRedoingAFinishedBatch() {
    limits(0, REPLICAS);
    running(DeployStrategy.ROLLING, rolling(2, 5, FailureAction.PAUSE, 0, 0));
    limits(REPLICAS - 2, REPLICAS);
    update("web:2");
    roundsUntil(r -> r.step() == 1, 30);
    List<TaskId> firstBatch =
        live().stream().filter(t -> t.image().equals("web:2")).map(Task::id).toList();
    assertThat(firstBatch).hasSize(2);

    // The leader changes: a new term, new loop instances over the same replicated state.
    fixture.log.beginTerm();
    reconciler = new ServiceReconciler(fixture.state, fixture.log, fixture.clock);
    deployer = new Deployer(fixture.state, fixture.log, fixture.clock);
    roundsUntil(r -> r.state() == RolloutState.COMPLETED, 60);

    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:2"));
    assertThat(live().stream().map(Task::id)).containsAll(firstBatch);
    assertThat(everStopped).doesNotContainAnyElementsOf(firstBatch);
    assertThat(tasks().stream().filter(t -> t.image().equals("web:2")).count()).isEqualTo(REPLICAS);
  }

  @Test
  void aCanaryFailingItsHealthChecksAtTheFirstStepIsRolledBackWithTheOldReplicasUntouched() {
    limits(0, REPLICAS);
    UpdateConfig canary =
        new UpdateConfig(
            1, 0, FailureAction.PAUSE, 0, 0, 0, 0, List.of(10, 50, 100), 5, 0, false, 0);
    running(DeployStrategy.CANARY, canary);
    List<TaskId> original = live().stream().map(Task::id).toList();
    unhealthy.add("web:bad");
    limits(REPLICAS, REPLICAS + 1);

    update("web:bad");
    roundsUntil(r -> r.state() == RolloutState.ROLLED_BACK, 40);

    assertThat(service().spec().image()).isEqualTo("web:1");
    assertThat(live().stream().map(Task::id).toList())
        .containsExactlyInAnyOrderElementsOf(original);
    assertThat(everStopped).doesNotContainAnyElementsOf(original);
    assertThat(tasks().stream().filter(t -> t.image().equals("web:bad")).count()).isEqualTo(1);
  }

  @Test
  void aCanaryHoldsEachWeightForItsStabilityWindowThenPromotes() {
    limits(0, REPLICAS);
    UpdateConfig canary =
        new UpdateConfig(
            1, 0, FailureAction.PAUSE, 0, 0, 0, 0, List.of(10, 50, 100), 5, 0, false, 0);
    running(DeployStrategy.CANARY, canary);
    limits(REPLICAS, REPLICAS * 2);

    update("web:2");
    roundsUntil(r -> r.step() == 1, 20);
    long newAtFirstStep = live().stream().filter(t -> t.image().equals("web:2")).count();
    rounds(3);
    long newWhileHolding = live().stream().filter(t -> t.image().equals("web:2")).count();
    roundsUntil(r -> r.step() == 2, 30);
    long newAtSecondStep = live().stream().filter(t -> t.image().equals("web:2")).count();
    roundsUntil(r -> r.state() == RolloutState.COMPLETED, 60);

    assertThat(newAtFirstStep).isEqualTo(1);
    assertThat(newWhileHolding).isEqualTo(1);
    assertThat(newAtSecondStep).isEqualTo(3);
    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:2"));
  }

  @Test
  void aBlueGreenUpdateStartsTheWholeNewSetBesideTheOldAndRetiresTheOldAfterTheGracePeriod() {
    limits(0, REPLICAS);
    UpdateConfig blueGreen =
        new UpdateConfig(1, 0, FailureAction.PAUSE, 0, 0, 0, 0, List.of(), 0, 4, false, 0);
    running(DeployStrategy.BLUE_GREEN, blueGreen);
    limits(REPLICAS, REPLICAS * 2);

    update("web:2");
    roundsUntil(r -> r.step() == 1, 20);
    assertThat(live()).hasSize(REPLICAS * 2);
    assertThat(everStopped).isEmpty();
    roundsUntil(r -> r.state() == RolloutState.COMPLETED, 20);

    assertThat(live()).hasSize(REPLICAS).allMatch(t -> t.image().equals("web:2"));
    assertThat(highestLive).isEqualTo(REPLICAS * 2);
  }

  @Test
  void aBlueGreenUpdateWhoseNewSetFailsIsRemovedAndTheOldSetKeepsServing() {
    limits(0, REPLICAS);
    UpdateConfig blueGreen =
        new UpdateConfig(1, 0, FailureAction.PAUSE, 0, 0, 0, 0, List.of(), 0, 4, false, 0);
    running(DeployStrategy.BLUE_GREEN, blueGreen);
    List<TaskId> original = live().stream().map(Task::id).toList();
    crashing.add("web:crash");
    limits(REPLICAS, REPLICAS * 2);

    update("web:crash");
    roundsUntil(r -> r.state() == RolloutState.ROLLED_BACK, 30);

    assertThat(service().spec().image()).isEqualTo("web:1");
    assertThat(live().stream().map(Task::id).toList())
        .containsExactlyInAnyOrderElementsOf(original);
    assertThat(everStopped).doesNotContainAnyElementsOf(original);
  }
}
