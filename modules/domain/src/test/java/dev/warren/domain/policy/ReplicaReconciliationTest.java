package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskBuilder;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.policy.ReplicaAction.AwaitRestart;
import dev.warren.domain.policy.ReplicaAction.LeaveEmpty;
import dev.warren.domain.policy.ReplicaAction.StartReplica;
import dev.warren.domain.policy.ReplicaAction.StopReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    assertThat(ReplicaReconciliation.plan(service(1, policy), twoFailures, T0.plusSeconds(60)))
        .containsExactly(
            new LeaveEmpty(
                0, "gave up after 2 attempts (max 2): its replica failed (exited with code 1)"));
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
}
