package dev.warren.application.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.domain.change.NodeChange.NodeRemoved;
import dev.warren.domain.change.NodeChange.NodeStatusChanged;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange;
import dev.warren.domain.change.TaskChange.TaskHealthChanged;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.change.TaskChange.TaskStatesObserved;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.SampleTasks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The apply rules of node and task changes, through the log (so through the codec too). */
class NodeAndTaskChangesTest {
  private static final Instant T1 = Fixture.T0.plusSeconds(60);
  private static final NodeId NODE_1 = NodeId.of("node-1");
  private static final NodeId NODE_2 = NodeId.of("node-2");

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private Service web;

  @BeforeEach
  void registerNodesAndAService() {
    seed.node("node-1");
    seed.node("node-2");
    web = seed.service("web");
  }

  private static TaskStatusReport report(String task, TaskState state) {
    return new TaskStatusReport(TaskId.of(task), state, "ctr-" + task, "");
  }

  private Set<TaskId> touchedBy(StateChange change) {
    return fixture.state.read(reader -> TaskChange.touchedBy(change, reader));
  }

  private long taskCount() {
    return fixture.state.read(reader -> reader.count(EntityKind.TASK));
  }

  @Test
  void createdTasksAreStoredAsGiven() {
    Task first = SampleTasks.placed("t1", web, 0, NODE_1, Fixture.T0);
    Task unplaced = SampleTasks.task("t2", web, 1, Optional.empty(), Fixture.T0);

    seed.propose(new TasksCreated(List.of(first, unplaced)));

    assertThat(seed.stored("t1")).isEqualTo(first);
    assertThat(seed.stored("t2")).isEqualTo(unplaced);
    assertThat(first.health()).isEqualTo(TaskHealth.UNKNOWN);
  }

  @Test
  void tasksNeedAnExistingServiceAndNodeAndAFreeIdOrNoneIsCreated() {
    seed.task("t1", web, 0, "node-1");
    Task fresh = SampleTasks.placed("t2", web, 1, NODE_1, Fixture.T0);
    Task duplicate = SampleTasks.placed("t1", web, 2, NODE_1, Fixture.T0);
    Task onGhostNode = SampleTasks.placed("t3", web, 3, NodeId.of("ghost"), Fixture.T0);
    Task ofGhostService = SampleTasks.placed("t4", seedlessService(), 0, NODE_1, Fixture.T0);

    assertThatThrownBy(() -> seed.propose(new TasksCreated(List.of(fresh, duplicate))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("container already exists: t1");
    assertThatThrownBy(() -> seed.propose(new TasksCreated(List.of(fresh, onGhostNode))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: ghost (for container t3)");
    assertThatThrownBy(() -> seed.propose(new TasksCreated(List.of(ofGhostService))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("service not found: ");
    assertThatThrownBy(() -> new TasksCreated(List.of())).isInstanceOf(InvalidSpecException.class);
    assertThat(taskCount()).isEqualTo(1);
  }

  private static Service seedlessService() {
    return Service.create(
        ServiceId.of("no-such-service"), ServiceSpec.of("api", "api:1", 1), Fixture.T0);
  }

  @Test
  void aReportedStateMovesTheTaskForwardWithTheReportTime() {
    seed.task("t1", web, 0, "node-1");

    seed.propose(new TaskStateReported(NODE_1, report("t1", TaskState.RUNNING), T1));

    Task running = seed.stored("t1");
    assertThat(running.state()).isEqualTo(TaskState.RUNNING);
    assertThat(running.runtimeContainerId()).isEqualTo("ctr-t1");
    assertThat(running.updatedAt()).isEqualTo(T1);
    assertThat(running.version().value()).isEqualTo(2);
  }

  @Test
  void aBackwardReportIsAFailedPreconditionAndChangesNothing() {
    seed.task("t1", web, 0, "node-1");
    seed.propose(new TaskStateReported(NODE_1, report("t1", TaskState.FAILED), T1));
    Task failed = seed.stored("t1");

    assertThatThrownBy(
            () -> seed.propose(new TaskStateReported(NODE_1, report("t1", TaskState.RUNNING), T1)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("cannot move from failed to running");
    assertThat(seed.stored("t1")).isEqualTo(failed);
  }

  @Test
  void aNodeCannotReportOnAnotherNodesTask() {
    seed.task("t1", web, 0, "node-1");

    assertThatThrownBy(
            () -> seed.propose(new TaskStateReported(NODE_2, report("t1", TaskState.RUNNING), T1)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "container t1 is not assigned to node node-2; a node reports only on its own"
                + " containers");
    assertThatThrownBy(
            () ->
                seed.propose(new TaskStateReported(NODE_1, report("ghost", TaskState.RUNNING), T1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("container not found: ghost");
  }

  @Test
  void observedStatesApplyForwardMovesAndSkipTheRest() {
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-1");
    seed.task("t3", web, 2, "node-2");
    seed.propose(new TaskStateReported(NODE_1, report("t2", TaskState.COMPLETE), T1));
    Task complete = seed.stored("t2");
    Task elsewhere = seed.stored("t3");

    seed.propose(
        new TaskStatesObserved(
            NODE_1,
            List.of(
                report("t1", TaskState.RUNNING),
                report("t2", TaskState.RUNNING),
                report("t3", TaskState.RUNNING),
                report("ghost", TaskState.RUNNING)),
            T1));

    assertThat(seed.stored("t1").state()).isEqualTo(TaskState.RUNNING);
    assertThat(seed.stored("t2")).isEqualTo(complete);
    assertThat(seed.stored("t3")).isEqualTo(elsewhere);
  }

  @Test
  void healthChangesAreRecordedWithANewVersion() {
    seed.task("t1", web, 0, "node-1");

    seed.propose(new TaskHealthChanged(TaskId.of("t1"), TaskHealth.UNHEALTHY));

    assertThat(seed.stored("t1").health()).isEqualTo(TaskHealth.UNHEALTHY);
    assertThat(seed.stored("t1").version().value()).isEqualTo(2);
    assertThatThrownBy(
            () -> seed.propose(new TaskHealthChanged(TaskId.of("ghost"), TaskHealth.HEALTHY)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shutDownNeedsEveryIdAndKeepsTheReportedState() {
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-1");

    assertThatThrownBy(
            () -> seed.propose(new TasksShutDown(List.of(TaskId.of("t1"), TaskId.of("ghost")))))
        .isInstanceOf(NotFoundException.class);
    assertThat(seed.stored("t1").desiredState()).isEqualTo(DesiredState.RUNNING);

    seed.propose(new TasksShutDown(List.of(TaskId.of("t1"))));

    Task stopping = seed.stored("t1");
    assertThat(stopping.desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(stopping.state()).isEqualTo(TaskState.PENDING);
    assertThat(stopping.updatedAt()).isEqualTo(Fixture.T0);
    assertThat(seed.stored("t2").desiredState()).isEqualTo(DesiredState.RUNNING);
  }

  @Test
  void deletingAServiceShutsDownItsTasksInTheSameChange() {
    Service api = seed.service("api");
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-2");
    seed.task("a1", api, 0, "node-1");
    long before = fixture.log.proposed().size();

    seed.propose(new ServiceDeleted(web.id()));

    assertThat(fixture.log.proposed()).hasSize((int) before + 1);
    assertThat(seed.stored("t1").desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(seed.stored("t2").desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(seed.stored("a1").desiredState()).isEqualTo(DesiredState.RUNNING);
    assertThat(touchedBy(new ServiceDeleted(web.id())))
        .containsExactlyInAnyOrder(TaskId.of("t1"), TaskId.of("t2"));
  }

  @Test
  void removingANodeDeletesItAndShutsDownItsTasks() {
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-2");

    seed.propose(new NodeRemoved(NODE_1));

    Optional<Node> removed = fixture.state.read(reader -> reader.get(EntityKind.NODE, "node-1"));
    assertThat(removed).isEmpty();
    assertThat(seed.stored("t1").desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(seed.stored("t2").desiredState()).isEqualTo(DesiredState.RUNNING);
    assertThat(touchedBy(new NodeRemoved(NODE_1))).containsExactly(TaskId.of("t1"));
    assertThatThrownBy(() -> seed.propose(new NodeRemoved(NODE_1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: node-1");
  }

  @Test
  void aStatusChangeSetsStatusResourcesAndHeartbeatAndKeepsTheRest() {
    var before = seed.storedNode("node-1");
    var resources = new NodeResources(2, 1L << 30, 10L << 30);

    seed.propose(new NodeStatusChanged(NODE_1, NodeStatus.DOWN, resources, T1));

    var after = seed.storedNode("node-1");
    assertThat(after.status()).isEqualTo(NodeStatus.DOWN);
    assertThat(after.resources()).isEqualTo(resources);
    assertThat(after.lastHeartbeat()).isEqualTo(T1);
    assertThat(after.version()).isEqualTo(before.version().next());
    assertThat(after.labels()).isEqualTo(before.labels());
    assertThat(after.createdAt()).isEqualTo(before.createdAt());
    assertThatThrownBy(
            () ->
                seed.propose(
                    new NodeStatusChanged(NodeId.of("ghost"), NodeStatus.READY, resources, T1)))
        .isInstanceOf(NotFoundException.class);
  }
}
