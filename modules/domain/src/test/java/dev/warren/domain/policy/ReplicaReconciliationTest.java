package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskBuilder;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.policy.ReplicaAction.AwaitRestart;
import dev.warren.domain.policy.ReplicaAction.LeaveEmpty;
import dev.warren.domain.policy.ReplicaAction.PlaceReplica;
import dev.warren.domain.policy.ReplicaAction.StartReplica;
import dev.warren.domain.policy.ReplicaAction.StartReplicaOn;
import dev.warren.domain.policy.ReplicaAction.StopReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicaReconciliationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Service service(int replicas, RestartPolicy policy) {
    ServiceSpec spec = ServiceSpec.of("web", "process://", replicas).withRestartPolicy(policy);
    return Service.create(ServiceId.of("s1"), spec, T0);
  }

  private static Task replica(
      String id,
      int slot,
      DesiredState desired,
      TaskState state,
      Instant created,
      Instant updated) {
    return TaskBuilder.task(id)
        .slot(slot)
        .on(NodeId.of("n1"))
        .desired(desired)
        .state(state)
        .error(state == TaskState.FAILED ? "exited with code 1" : "")
        .times(created, updated)
        .build();
  }

  private static Task running(String id, int slot) {
    return replica(id, slot, DesiredState.RUNNING, TaskState.RUNNING, T0, T0);
  }

  private static Task failed(String id, int slot, Instant at) {
    return replica(id, slot, DesiredState.RUNNING, TaskState.FAILED, at, at);
  }

  /** Slot 0's replacement {@code new} on node n2, created at T0 + 5 s, {@code state} since then. */
  private static Task replacementOnN2(TaskState state, Instant updated) {
    return TaskBuilder.task("new")
        .slot(0)
        .on(NodeId.of("n2"))
        .state(state)
        .times(T0.plusSeconds(5), updated)
        .build();
  }

  @Test
  void emptySlotsGetAReplicaEach() {
    assertThat(
            ReplicaReconciliation.plan(
                service(3, RestartPolicy.DEFAULT), List.of(running("a", 1)), T0))
        .containsExactly(new StartReplica(0, 1), new StartReplica(2, 1));
  }

  @Test
  void scalingDownStopsTheHighestSlotsFirst() {
    List<Task> four = List.of(running("a", 0), running("b", 1), running("c", 2), running("d", 3));

    assertThat(ReplicaReconciliation.plan(service(2, RestartPolicy.DEFAULT), four, T0))
        .containsExactly(
            new StopReplica(TaskId.of("d"), "scaled down"),
            new StopReplica(TaskId.of("c"), "scaled down"));
  }

  @Test
  void aSecondLiveReplicaInOneSlotIsStoppedKeepingTheNewer() {
    Task old = running("old", 0);
    Task newer =
        replica(
            "new",
            0,
            DesiredState.RUNNING,
            TaskState.STARTING,
            T0.plusSeconds(5),
            T0.plusSeconds(5));

    assertThat(
            ReplicaReconciliation.plan(service(1, RestartPolicy.DEFAULT), List.of(old, newer), T0))
        .containsExactly(new StopReplica(TaskId.of("old"), "a newer replica runs in slot 0"));
  }

  @Test
  void aFailedReplicaIsReplacedAfterADelayThatDoublesAndIsCapped() {
    var policy = new RestartPolicy(RestartCondition.ANY, 0, 5);
    Instant end = T0.plusSeconds(100);
    List<Task> threeFailures =
        List.of(failed("f1", 0, T0), failed("f2", 0, T0.plusSeconds(50)), failed("f3", 0, end));

    assertThat(ReplicaReconciliation.plan(service(1, policy), threeFailures, end.plusSeconds(1)))
        .containsExactly(new AwaitRestart(0, end.plusSeconds(20), 4));
    assertThat(ReplicaReconciliation.plan(service(1, policy), threeFailures, end.plusSeconds(20)))
        .containsExactly(new StartReplica(0, 4));
    assertThat(ReplicaReconciliation.delay(policy, 30)).isEqualTo(ReplicaReconciliation.MAX_DELAY);
    assertThat(ReplicaReconciliation.delay(policy, 1)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void maxAttemptsLeavesTheSlotEmptyAndSaysWhy() {
    var policy = new RestartPolicy(RestartCondition.ON_FAILURE, 2, 0);
    List<Task> twoFailures = List.of(failed("f1", 0, T0), failed("f2", 0, T0.plusSeconds(1)));
    List<Task> threeFailures = new ArrayList<>(twoFailures);
    threeFailures.add(failed("f3", 0, T0.plusSeconds(2)));

    assertThat(ReplicaReconciliation.plan(service(1, policy), twoFailures, T0.plusSeconds(60)))
        .as("the first run and one restart failed: a second restart is allowed")
        .containsExactly(new StartReplica(0, 3));
    assertThat(ReplicaReconciliation.plan(service(1, policy), threeFailures, T0.plusSeconds(60)))
        .containsExactly(
            new LeaveEmpty(
                0, "gave up after 2 restarts (max 2): its replica failed (exited with code 1)"));
  }

  @Test
  void theRestartConditionDecidesWhetherAnEndedReplicaIsReplaced() {
    Task completed = replica("c", 0, DesiredState.RUNNING, TaskState.COMPLETE, T0, T0);

    assertThat(
            ReplicaReconciliation.plan(
                service(1, new RestartPolicy(RestartCondition.ON_FAILURE, 0, 0)),
                List.of(completed),
                T0))
        .containsExactly(
            new LeaveEmpty(
                0, "restart condition on-failure: not restarted after its replica complete"));
    assertThat(
            ReplicaReconciliation.plan(
                service(1, new RestartPolicy(RestartCondition.NONE, 0, 0)),
                List.of(failed("f", 0, T0)),
                T0))
        .singleElement()
        .isInstanceOf(LeaveEmpty.class);
    assertThat(
            ReplicaReconciliation.plan(
                service(1, new RestartPolicy(RestartCondition.ANY, 0, 0)), List.of(completed), T0))
        .containsExactly(new StartReplica(0, 2));
  }

  @Test
  void aReplicaTheManagersShutDownIsReplacedAtOnceAndCountsAsNoAttempt() {
    var policy = new RestartPolicy(RestartCondition.ANY, 1, 60);
    Task stopped = replica("s", 0, DesiredState.SHUTDOWN, TaskState.SHUTDOWN, T0, T0);

    assertThat(
            ReplicaReconciliation.plan(
                service(1, policy), List.of(failed("f", 0, T0.minusSeconds(9)), stopped), T0))
        .containsExactly(new StartReplica(0, 1));
  }

  @Test
  void maxAttemptsCountOnlyWithinTheWindow() {
    var policy = new RestartPolicy(RestartCondition.ON_FAILURE, 2, 0, 60);
    List<Task> twoFailures = List.of(failed("f1", 0, T0), failed("f2", 0, T0.plusSeconds(100)));

    assertThat(ReplicaReconciliation.plan(service(1, policy), twoFailures, T0.plusSeconds(120)))
        .as("the first failure is older than the window")
        .containsExactly(new StartReplica(0, 3));
    var wider = new RestartPolicy(RestartCondition.ON_FAILURE, 1, 0, 150);
    assertThat(ReplicaReconciliation.plan(service(1, wider), twoFailures, T0.plusSeconds(120)))
        .containsExactly(
            new LeaveEmpty(
                0,
                "gave up after 1 restart (max 1 in 150s): its replica failed (exited with code"
                    + " 1)"));
  }

  @Test
  void aWaitingReplicaIsPlacedOnceItsDelayIsOverAndWaitsUntilThen() {
    var policy = new RestartPolicy(RestartCondition.ANY, 0, 10);
    Task waiting =
        TaskBuilder.task("w")
            .slot(0)
            .desired(DesiredState.RUNNING)
            .state(TaskState.PENDING)
            .times(T0.plusSeconds(1), T0.plusSeconds(1))
            .build();
    List<Task> slot = List.of(failed("f1", 0, T0), waiting);

    assertThat(ReplicaReconciliation.plan(service(1, policy), slot, T0.plusSeconds(5)))
        .containsExactly(new AwaitRestart(0, T0.plusSeconds(10), 2));
    assertThat(ReplicaReconciliation.plan(service(1, policy), slot, T0.plusSeconds(10)))
        .containsExactly(new PlaceReplica(TaskId.of("w"), 0));
  }

  @Test
  void aReplicaOnADrainingNodeIsReplacedFirstAndStoppedOnlyOnceItsReplacementRuns() {
    NodeId drained = NodeId.of("n1");
    Task old = running("old", 0);
    Task starting = replacementOnN2(TaskState.STARTING, T0.plusSeconds(5));
    Task up = replacementOnN2(TaskState.RUNNING, T0.plusSeconds(6));
    Service web = service(1, RestartPolicy.DEFAULT);

    assertThat(ReplicaReconciliation.plan(web, List.of(old), Set.of(drained), T0))
        .containsExactly(new StartReplica(0, 1));
    assertThat(ReplicaReconciliation.plan(web, List.of(old, starting), Set.of(drained), T0))
        .isEmpty();
    assertThat(ReplicaReconciliation.plan(web, List.of(old, up), Set.of(drained), T0))
        .containsExactly(
            new StopReplica(TaskId.of("old"), "drained: its replacement runs in slot 0"));
  }

  @Test
  void aGlobalServiceHasOneReplicaOnEveryEligibleNodeAndNoneElsewhere() {
    Service agent =
        Service.create(
            ServiceId.of("g"),
            ServiceSpec.of("agent", "process://agent", 1)
                .withMode(ServiceMode.GLOBAL)
                .withPlacement(PlacementSpec.parse(List.of("node.labels.disk==ssd"), List.of())),
            T0);
    Node ssd = worker("n1", Map.of("disk", "ssd"), NodeAvailability.ACTIVE);
    Node hdd = worker("n2", Map.of("disk", "hdd"), NodeAvailability.ACTIVE);
    Node drained = worker("n3", Map.of("disk", "ssd"), NodeAvailability.DRAIN);
    Node paused = worker("n4", Map.of("disk", "ssd"), NodeAvailability.PAUSE);
    Task onHdd = TaskBuilder.task("on-hdd").on(hdd.id()).state(TaskState.RUNNING).build();
    Task onDrained = TaskBuilder.task("on-n3").on(drained.id()).state(TaskState.RUNNING).build();
    Task onPaused = TaskBuilder.task("on-n4").on(paused.id()).state(TaskState.RUNNING).build();
    Task onGone =
        TaskBuilder.task("on-gone").on(NodeId.of("gone")).state(TaskState.RUNNING).build();

    assertThat(
            GlobalReconciliation.plan(
                agent,
                List.of(onHdd, onDrained, onPaused, onGone),
                List.of(ssd, hdd, drained, paused),
                T0))
        .containsExactlyInAnyOrder(
            new StartReplicaOn(ssd.id(), 1),
            new StopReplica(TaskId.of("on-hdd"), "node n2: constraint node.labels.disk==ssd"),
            new StopReplica(TaskId.of("on-n3"), "node n3: availability drain"),
            new StopReplica(TaskId.of("on-gone"), "node gone left the cluster"));
  }

  private static Node worker(String id, Map<String, String> labels, NodeAvailability availability) {
    var all = new java.util.HashMap<>(labels);
    all.put(Placement.RUNTIME_LABEL, Placement.PROCESS_RUNTIME);
    return new Node(
        NodeId.of(id),
        NodeRole.WORKER,
        "10.0.0.1:7946",
        "",
        new NodeResources(0, 0, 0),
        NodeStatus.READY,
        T0,
        T0,
        all,
        availability,
        Version.initial());
  }
}
