package dev.warren.application.worker;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.RecordHeartbeatHandler;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.workload.ListContainersHandler;
import dev.warren.application.workload.ReportContainerHealthHandler;
import dev.warren.application.workload.UpdateContainerStatusHandler;
import dev.warren.application.workload.WatchContainersHandler;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import dev.warren.testkit.Await;
import dev.warren.testkit.InMemoryContainerRuntimeAdapter;
import dev.warren.testkit.SampleTasks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerLoopTest {
  private static final NodeId NODE_1 = NodeId.of("node-1");

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final InMemoryContainerRuntimeAdapter runtime = InMemoryContainerRuntimeAdapter.fresh();
  private WorkerLoop loop;

  @AfterEach
  void stop() {
    if (loop != null) {
      loop.close();
    }
  }

  private WorkerLoop startLoop(WorkerLoop.Timing timing) {
    var agent =
        new WorkerAgent(
            NODE_1,
            runtime,
            new ListContainersHandler(new StateQueries(fixture.state, fixture.log)),
            new UpdateContainerStatusHandler(fixture.state, fixture.log, fixture.clock));
    var watches =
        new WatchContainersHandler(fixture.state, WatchContainersHandler.DEFAULT_BUFFER_CAPACITY);
    fixture.apply.onApplied(watches::onApplied);
    loop =
        new WorkerLoop(
            agent,
            watches,
            new RecordHeartbeatHandler(
                fixture.state, fixture.log, fixture.clock, new HeartbeatTracker()),
            new HealthMonitor(
                (container, probe, timeout) -> new ProbeResult(true, "up"),
                new ReportContainerHealthHandler(fixture.state, fixture.log),
                fixture.clock),
            timing);
    loop.start();
    return loop;
  }

  private Task assign(Service web, String id, int slot) {
    Task task =
        SampleTasks.withImage(
            SampleTasks.placed(id, web, slot, NODE_1, Fixture.T0),
            InMemoryContainerRuntimeAdapter.IMAGE,
            List.of("run"));
    seed.propose(new TasksCreated(List.of(task)));
    return task;
  }

  @Test
  void aNewAssignmentRunsWithoutWaitingForTheSweep() {
    seed.node("node-1");
    Service web = seed.service("web");
    startLoop(new WorkerLoop.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)));

    assign(web, "t1", 0);
    assign(web, "t2", 1);

    Await.until(() -> runtime.list().size() == 2);
    Await.until(() -> seed.stored("t2").state() == TaskState.RUNNING);
  }

  @Test
  void heartbeatsCarryTheContainersStates() {
    seed.node("node-1");
    Service web = seed.service("web");
    assign(web, "t1", 0);
    startLoop(
        new WorkerLoop.Timing(Duration.ofMillis(20), Duration.ofHours(1), Duration.ofHours(1)));
    Await.until(() -> seed.stored("t1").state() == TaskState.RUNNING);

    runtime.exit(seed.stored("t1").id(), 9);

    // Only a heartbeat can tell: the watch saw no change of the assignment and the sweep is far.
    Await.until(() -> seed.stored("t1").state() == TaskState.FAILED);
  }
}
