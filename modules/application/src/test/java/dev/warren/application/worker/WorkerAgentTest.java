package dev.warren.application.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.workload.ListContainersHandler;
import dev.warren.application.workload.UpdateContainerStatusHandler;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.policy.WorkerAction;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.testkit.InMemoryContainerRuntimeAdapter;
import dev.warren.testkit.SampleTasks;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent against the real handlers over an in-memory log and a runtime that runs nothing. */
class WorkerAgentTest {
  private static final NodeId NODE_1 = NodeId.of("node-1");

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final InMemoryContainerRuntimeAdapter.Store containers =
      new InMemoryContainerRuntimeAdapter.Store();
  private InMemoryContainerRuntimeAdapter runtime;
  private WorkerAgent agent;
  private Service web;

  @BeforeEach
  void aNodeAndAService() {
    seed.node("node-1");
    seed.node("node-2");
    web = seed.service("web");
    runtime = new InMemoryContainerRuntimeAdapter(containers, InstantSource.system());
    agent = agentOver(runtime);
  }

  private WorkerAgent agentOver(InMemoryContainerRuntimeAdapter over) {
    return new WorkerAgent(
        NODE_1,
        over,
        new ListContainersHandler(new StateQueries(fixture.state, fixture.log)),
        new UpdateContainerStatusHandler(fixture.state, fixture.log, fixture.clock));
  }

  /** A task of web in {@code slot} on {@code node} that runs {@code command} in memory. */
  private Task assign(String id, int slot, String node, String... command) {
    Task task =
        SampleTasks.withImage(
            SampleTasks.placed(id, web, slot, NodeId.of(node), Fixture.T0),
            InMemoryContainerRuntimeAdapter.IMAGE,
            List.of(command));
    seed.propose(new TasksCreated(List.of(task)));
    return task;
  }

  @Test
  void itsNodesAssignmentsAreStartedAndReportedRunningOnce() {
    assign("t1", 0, "node-1", "run", "hello");
    assign("t2", 1, "node-1", "run");
    assign("t3", 2, "node-2", "run");

    agent.reconcileOnce();

    assertThat(runtime.list()).extracting(c -> c.id().value()).containsExactly("t1", "t2");
    assertThat(seed.stored("t1").state()).isEqualTo(TaskState.RUNNING);
    assertThat(seed.stored("t1").runtimeContainerId())
        .isEqualTo(runtime.inspect(seed.stored("t1").id()).orElseThrow().runtimeId());
    assertThat(seed.stored("t3").state()).isEqualTo(TaskState.PENDING);
    assertThat(agent.reconcileOnce()).isEmpty();
  }

  @Test
  void aContainerThatEndsIsReportedFailedWithItsReasonAndNotRestarted() {
    assign("t1", 0, "node-1", "run");
    agent.reconcileOnce();

    runtime.exit(seed.stored("t1").id(), 2);
    agent.reconcileOnce();

    assertThat(seed.stored("t1").state()).isEqualTo(TaskState.FAILED);
    assertThat(seed.stored("t1").error()).isEqualTo("exited with code 2");
    assertThat(runtime.list()).hasSize(1).noneMatch(RuntimeContainer::running);
    assertThat(agent.reconcileOnce()).isEmpty();
  }

  @Test
  void aContainerThatCannotStartIsReportedFailedAndTheOthersStillRun() {
    assign("bad", 0, "node-1", "no-such-command");
    assign("good", 1, "node-1", "run");

    agent.reconcileOnce();

    assertThat(seed.stored("bad").state()).isEqualTo(TaskState.FAILED);
    assertThat(seed.stored("bad").error()).startsWith("cannot start: command not found");
    assertThat(seed.stored("good").state()).isEqualTo(TaskState.RUNNING);
  }

  @Test
  void containersTheManagersShutDownAreStoppedAndReported() {
    Task task = assign("t1", 0, "node-1", "run");
    agent.reconcileOnce();

    seed.propose(new TasksShutDown(List.of(task.id())));
    List<WorkerAction> done = agent.reconcileOnce();

    assertThat(done).first().isInstanceOf(WorkerAction.StopContainer.class);
    assertThat(runtime.inspect(task.id()).orElseThrow().running()).isFalse();
    assertThat(seed.stored("t1").state()).isEqualTo(TaskState.SHUTDOWN);
  }

  @Test
  void aRestartedAgentAdoptsWhatRunsAndStartsNothingTwice() {
    assign("t1", 0, "node-1", "run");
    agent.reconcileOnce();
    String runtimeId = runtime.list().get(0).runtimeId();

    var restarted = new InMemoryContainerRuntimeAdapter(containers, InstantSource.system());
    List<WorkerAction> done = agentOver(restarted).reconcileOnce();

    assertThat(done).isEmpty();
    assertThat(restarted.list())
        .singleElement()
        .extracting(RuntimeContainer::runtimeId)
        .isEqualTo(runtimeId);
  }

  @Test
  void heartbeatStatusesSayWhatEachContainerIsDoing() {
    assign("t1", 0, "node-1", "run");
    assign("t2", 1, "node-1", "run");
    agent.reconcileOnce();
    runtime.exit(seed.stored("t2").id(), 0);

    assertThat(agent.statuses())
        .extracting(report -> report.taskId().value() + "=" + report.state())
        .containsExactly("t1=RUNNING", "t2=COMPLETE");
  }
}
