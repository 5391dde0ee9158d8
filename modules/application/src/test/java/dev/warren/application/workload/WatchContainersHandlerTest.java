package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.SampleTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchContainersHandlerTest {
  private static final NodeId NODE_1 = NodeId.of("node-1");
  private static final NodeId NODE_2 = NodeId.of("node-2");

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final AtomicInteger wakeUps = new AtomicInteger();
  private WatchContainersHandler watches =
      withCapacity(WatchContainersHandler.DEFAULT_BUFFER_CAPACITY);
  private Service web;

  private WatchContainersHandler withCapacity(int capacity) {
    var handler = new WatchContainersHandler(fixture.state, capacity);
    fixture.apply.onApplied(handler::onApplied);
    return handler;
  }

  @BeforeEach
  void seedTwoNodesAndAService() {
    seed.node("node-1");
    seed.node("node-2");
    web = seed.service("web");
  }

  private ContainerWatch watchNode1() {
    return watches.watch(new WatchContainersRequest(NODE_1), wakeUps::incrementAndGet);
  }

  private static List<TaskEvent> drain(ContainerWatch watch) {
    var events = new ArrayList<TaskEvent>();
    for (Optional<TaskEvent> next = watch.poll(); next.isPresent(); next = watch.poll()) {
      events.add(next.get());
    }
    return events;
  }

  private static List<String> described(List<TaskEvent> events) {
    return events.stream()
        .map(
            event ->
                event.type().wireName()
                    + " "
                    + event.task().id()
                    + " "
                    + event.task().state().wireName()
                    + " "
                    + event.task().desiredState().wireName())
        .toList();
  }

  private void report(String task, TaskState state) {
    seed.propose(
        new TaskStateReported(
            NODE_1, new TaskStatusReport(TaskId.of(task), state, "c-" + task, ""), Fixture.T0));
  }

  @Test
  void startsWithTheNodesContainersThenFollowsWhatCommits() {
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-2");
    ContainerWatch watch = watchNode1();

    assertThat(described(drain(watch))).containsExactly("add t1 pending running");
    assertThat(wakeUps).hasValue(0);

    seed.task("t3", web, 2, "node-1");
    seed.task("t4", web, 3, "node-2");
    report("t1", TaskState.RUNNING);
    seed.propose(new ServiceDeleted(web.id()));

    assertThat(wakeUps.get()).isPositive();
    assertThat(described(drain(watch)))
        .containsExactly(
            "add t3 pending running",
            "update t1 running running",
            "update t1 running shutdown",
            "update t3 pending shutdown");
    assertThat(watch.poll()).isEmpty();
  }

  @Test
  void aTaskThatLeavesTheNodeIsADelete() {
    seed.task("t1", web, 0, "node-1");
    ContainerWatch watch = watchNode1();
    drain(watch);
    // Nothing in production deletes or moves tasks yet; the watch reads what a change left.
    long index = fixture.state.lastAppliedIndex() + 1;
    fixture.state.apply(index, writer -> writer.delete(EntityKind.TASK, "t1"));
    watches.onApplied(index, new TasksShutDown(List.of(TaskId.of("t1"))));

    List<TaskEvent> events = drain(watch);

    assertThat(described(events)).containsExactly("delete t1 pending running");
  }

  @Test
  void aChangeTheCurrentSetAlreadyShowsIsNotSentAgain() {
    Task t1 = seed.task("t1", web, 0, "node-1");
    long createdAt = fixture.state.lastAppliedIndex();
    ContainerWatch watch = watchNode1();

    // As if the apply thread delivered this change just after the watch read the current set.
    watches.onApplied(createdAt, new TasksCreated(List.of(t1)));

    assertThat(described(drain(watch))).containsExactly("add t1 pending running");
  }

  @Test
  void aReaderThatFallsBehindIsCutOffWithoutSlowingTheLog() {
    watches = withCapacity(2);
    ContainerWatch watch = watchNode1();
    seed.task("t1", web, 0, "node-1");
    seed.task("t2", web, 1, "node-1");

    seed.task("t3", web, 2, "node-1");

    assertThat(seed.stored("t3")).isNotNull();
    assertThatThrownBy(watch::poll)
        .isInstanceOf(VersionConflictException.class)
        .hasMessage(
            "the watch of node node-1 fell more than 2 changes behind and was stopped; watch"
                + " again to get the current containers");
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void otherNodesChangesDoNotFillTheBuffer() {
    watches = withCapacity(1);
    ContainerWatch watch = watchNode1();

    seed.task("t1", web, 0, "node-2");
    seed.task("t2", web, 1, "node-2");
    seed.task("t3", web, 2, "node-1");

    assertThat(described(drain(watch))).containsExactly("add t3 pending running");
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void closingUnsubscribes() {
    ContainerWatch watch = watchNode1();
    assertThat(watches.openWatches()).isEqualTo(1);

    watch.close();
    watch.close();
    seed.task("t1", web, 0, "node-1");

    assertThat(watches.openWatches()).isZero();
    assertThat(watch.poll()).isEmpty();
    assertThat(wakeUps).hasValue(0);
  }

  @Test
  void anUnknownNodeCannotBeWatched() {
    assertThatThrownBy(
            () -> watches.watch(new WatchContainersRequest(NodeId.of("ghost")), () -> {}))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: ghost");
    assertThat(watches.openWatches()).isZero();
    assertThatThrownBy(() -> new WatchContainersHandler(fixture.state, 0))
        .isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void eachWatchSeesOnlyItsNode() {
    ContainerWatch node2 = watches.watch(new WatchContainersRequest(NODE_2), () -> {});
    ContainerWatch node1 = watchNode1();

    seed.propose(
        new TasksCreated(
            List.of(
                SampleTasks.placed("t1", web, 0, NODE_1, Fixture.T0),
                SampleTasks.placed("t2", web, 1, NODE_2, Fixture.T0))));

    assertThat(described(drain(node1))).containsExactly("add t1 pending running");
    assertThat(described(drain(node2))).containsExactly("add t2 pending running");
  }
}
