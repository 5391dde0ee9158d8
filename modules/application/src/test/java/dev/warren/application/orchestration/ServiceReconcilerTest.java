package dev.warren.application.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.ServiceChange.ServiceUpdated;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reconciler against the real apply logic over an in-memory log. */
class ServiceReconcilerTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final ServiceReconciler reconciler =
      new ServiceReconciler(fixture.state, fixture.log, fixture.clock);

  private List<Task> tasks() {
    return fixture.state.read(reader -> reader.list(EntityKind.TASK));
  }

  private Service scaled(Service service, int replicas) {
    Service current =
        fixture
            .state
            .read(reader -> reader.get(EntityKind.SERVICE, service.id().value()))
            .orElseThrow();
    Service next = current.update(current.spec().withReplicas(replicas), Fixture.T0);
    seed.propose(new ServiceUpdated(next));
    return next;
  }

  @Test
  void replicasAreCreatedAssignedAndSpreadInOnePassAndTheNextPassIsIdle() {
    seed.node("node-1");
    seed.node("node-2");
    Service web = scaled(seed.service("web"), 4);

    ServiceReconciler.Pass pass = reconciler.reconcileOnce();

    assertThat(pass.created()).hasSize(4);
    assertThat(tasks())
        .allMatch(t -> t.state() == TaskState.ASSIGNED && t.serviceId().equals(web.id()))
        .extracting(Task::slot)
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    Map<String, Long> perNode =
        tasks().stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.nodeId().orElseThrow().value(), Collectors.counting()));
    assertThat(perNode).containsOnly(Map.entry("node-1", 2L), Map.entry("node-2", 2L));
    assertThat(reconciler.reconcileOnce().idle()).isTrue();
  }

  @Test
  void aPassCreatingMoreReplicasThanOneProposalCarriesCommitsThemInSeveral() {
    seed.node("node-1");
    seed.node("node-2");
    int replicas = 2 * ServiceReconciler.MAX_PER_PROPOSAL + 1;
    scaled(seed.service("wide"), replicas);
    fixture.log.forgetProposed();

    ServiceReconciler.Pass pass = reconciler.reconcileOnce();

    List<Integer> createdPerProposal =
        fixture.log.proposed().stream()
            .map(change -> ((LeaderDecision) change).change())
            .map(change -> ((TasksCreated) change).tasks().size())
            .toList();
    assertThat(createdPerProposal)
        .containsExactly(ServiceReconciler.MAX_PER_PROPOSAL, ServiceReconciler.MAX_PER_PROPOSAL, 1);
    assertThat(pass.created()).hasSize(replicas);
    assertThat(tasks())
        .hasSize(replicas)
        .allMatch(t -> t.state() == TaskState.ASSIGNED)
        .extracting(Task::slot)
        .doesNotHaveDuplicates();
    assertThat(reconciler.reconcileOnce().idle()).isTrue();
  }

  @Test
  void scalingDownShutsDownTheHighestSlots() {
    seed.node("node-1");
    Service web = scaled(seed.service("web"), 3);
    reconciler.reconcileOnce();

    scaled(web, 1);
    ServiceReconciler.Pass pass = reconciler.reconcileOnce();

    Map<Integer, Task> bySlot =
        tasks().stream().collect(Collectors.toMap(Task::slot, Function.identity()));
    assertThat(pass.stopped()).containsExactlyInAnyOrder(bySlot.get(1).id(), bySlot.get(2).id());
    assertThat(bySlot.get(0).desiredState()).isEqualTo(DesiredState.RUNNING);
    assertThat(bySlot.get(2).desiredState()).isEqualTo(DesiredState.SHUTDOWN);
  }

  @Test
  void aFailedReplicaIsReplacedAfterItsRestartDelay() {
    seed.node("node-1");
    scaled(seed.service("web"), 1);
    Task first = reconciler.reconcileOnce().created().get(0);
    seed.propose(
        new TaskStateReported(
            NodeId.of("node-1"),
            new TaskStatusReport(first.id(), TaskState.FAILED, "pid-1", "exited with code 1"),
            Fixture.T0));

    ServiceReconciler.Pass waiting = reconciler.reconcileOnce();
    fixture.clock.advance(Duration.ofSeconds(5));
    ServiceReconciler.Pass replaced = reconciler.reconcileOnce();

    assertThat(waiting.created()).isEmpty();
    assertThat(waiting.pending()).containsKey("web.0");
    assertThat(waiting.nextRestart()).contains(Fixture.T0.plusSeconds(5));
    assertThat(replaced.created()).singleElement().extracting(Task::slot).isEqualTo(0);
  }

  @Test
  void endedReplicasAreKeptAsABoundedHistoryPerSlot() {
    seed.node("node-1");
    Service web = seed.service("web");
    scaled(web, 1);
    var policy =
        new dev.warren.domain.model.service.RestartPolicy(
            dev.warren.domain.model.service.RestartCondition.ANY, 0, 0);
    Service current =
        fixture
            .state
            .read(reader -> reader.get(EntityKind.SERVICE, web.id().value()))
            .orElseThrow();
    seed.propose(
        new ServiceUpdated(current.update(current.spec().withRestartPolicy(policy), Fixture.T0)));

    for (int crash = 0; crash < ServiceReconciler.HISTORY_PER_SLOT + 2; crash++) {
      Task replica = reconciler.reconcileOnce().created().get(0);
      fixture.clock.advance(Duration.ofSeconds(1));
      seed.propose(
          new TaskStateReported(
              NodeId.of("node-1"),
              new TaskStatusReport(replica.id(), TaskState.FAILED, "", "exited with code 1"),
              fixture.clock.instant()));
    }
    reconciler.reconcileOnce();

    assertThat(tasks().stream().filter(t -> t.state().isTerminal()))
        .hasSize(ServiceReconciler.HISTORY_PER_SLOT);
    assertThat(tasks().stream().filter(t -> !t.state().isTerminal())).hasSize(1);
  }

  @Test
  void removingAReplicaThatMayStillRunIsRefused() {
    seed.node("node-1");
    scaled(seed.service("web"), 1);
    Task live = reconciler.reconcileOnce().created().get(0);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                seed.propose(
                    new dev.warren.domain.change.TaskChange.TasksRemoved(List.of(live.id()))))
        .isInstanceOf(dev.warren.domain.error.FailedPreconditionException.class)
        .hasMessageContaining("only ended containers are removed");
    assertThat(tasks()).hasSize(1);
  }

  @Test
  void replicasThatFitNowhereWaitOnNoNodeWithTheReasonAndArePlacedWhenANodeJoins() {
    scaled(seed.service("web"), 2);

    ServiceReconciler.Pass pass = reconciler.reconcileOnce();

    assertThat(pass.created()).isEmpty();
    assertThat(pass.pending()).containsEntry("web.0", "pending: no node in the cluster");
    assertThat(tasks())
        .hasSize(2)
        .allMatch(Task::isUnplaced)
        .allMatch(t -> t.error().equals("pending: no node in the cluster"));
    assertThat(reconciler.reconcileOnce().idle()).isTrue();

    seed.node("node-1");
    ServiceReconciler.Pass placed = reconciler.reconcileOnce();

    assertThat(placed.created()).hasSize(2);
    assertThat(tasks())
        .hasSize(2)
        .allMatch(t -> t.isOn(NodeId.of("node-1")) && t.state() == TaskState.ASSIGNED)
        .allMatch(t -> t.error().isEmpty());
  }

  @Test
  void aManagerThatDoesNotLeadDecidesNothing() {
    seed.node("node-1");
    scaled(seed.service("web"), 2);
    fixture.log.close();

    assertThat(reconciler.reconcileOnce()).isEqualTo(ServiceReconciler.Pass.notLeading());
  }
}
