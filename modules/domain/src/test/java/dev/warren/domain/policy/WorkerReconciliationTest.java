package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskBuilder;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.policy.WorkerAction.RemoveContainer;
import dev.warren.domain.policy.WorkerAction.ReportStatus;
import dev.warren.domain.policy.WorkerAction.StartContainer;
import dev.warren.domain.policy.WorkerAction.StopContainer;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WorkerReconciliationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final NodeId NODE = NodeId.of("node-1");

  private static Task task(String id, DesiredState desired, TaskState state) {
    return TaskBuilder.task(id)
        .on(NODE)
        .command("sleep", "300")
        .stopTimeoutSeconds(7)
        .desired(desired)
        .state(state)
        .build();
  }

  private static RuntimeContainer running(String id) {
    return new RuntimeContainer(TaskId.of(id), "pid-" + id, new RuntimeState.Running(T0));
  }

  private static RuntimeContainer exited(String id, int code) {
    return new RuntimeContainer(
        TaskId.of(id),
        "pid-" + id,
        new RuntimeState.Exited(OptionalInt.of(code), "exited with code " + code));
  }

  private static ReportStatus reported(String id, TaskState state, String runtimeId, String error) {
    return new ReportStatus(new TaskStatusReport(TaskId.of(id), state, runtimeId, error));
  }

  @Test
  void anAssignedTaskWithoutAContainerIsStarted() {
    Task assigned = task("a", DesiredState.RUNNING, TaskState.ASSIGNED);

    assertThat(WorkerReconciliation.plan(List.of(assigned), List.of()))
        .containsExactly(new StartContainer(assigned));
  }

  @Test
  void aContainerThatExistsIsNeverStartedAgainWhateverItsState() {
    Task assigned = task("a", DesiredState.RUNNING, TaskState.ASSIGNED);

    assertThat(WorkerReconciliation.plan(List.of(assigned), List.of(exited("a", 0))))
        .noneMatch(StartContainer.class::isInstance);
    assertThat(WorkerReconciliation.plan(List.of(assigned), List.of(running("a"))))
        .noneMatch(StartContainer.class::isInstance);
  }

  @Test
  void aRunningContainerIsReportedOnceTheManagersDoNotKnowIt() {
    Task starting = task("a", DesiredState.RUNNING, TaskState.STARTING);
    Task known = task("a", DesiredState.RUNNING, TaskState.RUNNING);

    assertThat(WorkerReconciliation.plan(List.of(starting), List.of(running("a"))))
        .containsExactly(reported("a", TaskState.RUNNING, "pid-a", ""));
    assertThat(WorkerReconciliation.plan(List.of(known), List.of(running("a")))).isEmpty();
  }

  @Test
  void anEndedContainerIsReportedCompleteOrFailedWithItsReason() {
    Task one = task("ok", DesiredState.RUNNING, TaskState.RUNNING);
    Task two = task("bad", DesiredState.RUNNING, TaskState.RUNNING);

    assertThat(
            WorkerReconciliation.plan(
                List.of(one, two), List.of(exited("ok", 0), exited("bad", 2))))
        .containsExactly(
            reported("ok", TaskState.COMPLETE, "pid-ok", ""),
            reported("bad", TaskState.FAILED, "pid-bad", "exited with code 2"));
  }

  @Test
  void aTerminalTaskIsNotReportedAgain() {
    Task failed = task("a", DesiredState.RUNNING, TaskState.FAILED);

    assertThat(WorkerReconciliation.plan(List.of(failed), List.of(exited("a", 1)))).isEmpty();
    assertThat(WorkerReconciliation.plan(List.of(failed), List.of())).isEmpty();
  }

  @Test
  void aRunningTaskWhoseContainerVanishedIsReportedFailedNotRestarted() {
    Task running = task("a", DesiredState.RUNNING, TaskState.RUNNING);

    assertThat(WorkerReconciliation.plan(List.of(running), List.of()))
        .containsExactly(
            reported("a", TaskState.FAILED, "", "the container is gone from its node"));
  }

  @Test
  void aTaskToShutDownIsStoppedWithItsStopTimeoutThenReported() {
    Task shutdown = task("a", DesiredState.SHUTDOWN, TaskState.RUNNING);

    assertThat(WorkerReconciliation.plan(List.of(shutdown), List.of(running("a"))))
        .containsExactly(
            new StopContainer(
                TaskId.of("a"), Duration.ofSeconds(7), "the managers want it shut down"),
            reported("a", TaskState.SHUTDOWN, "pid-a", ""));
  }

  @Test
  void aTaskToShutDownThatNeverStartedIsOnlyReported() {
    Task shutdown = task("a", DesiredState.SHUTDOWN, TaskState.ASSIGNED);

    assertThat(WorkerReconciliation.plan(List.of(shutdown), List.of()))
        .containsExactly(reported("a", TaskState.SHUTDOWN, "", ""));
  }

  @Test
  void containersOfTasksNoLongerAssignedHereAreStoppedThenRemoved() {
    assertThat(WorkerReconciliation.plan(List.of(), List.of(running("gone"), exited("old", 0))))
        .containsExactly(
            new StopContainer(
                TaskId.of("gone"),
                WorkerReconciliation.DEFAULT_GRACE,
                "its task is no longer assigned to this node"),
            new RemoveContainer(TaskId.of("gone")),
            new RemoveContainer(TaskId.of("old")));
  }
}
