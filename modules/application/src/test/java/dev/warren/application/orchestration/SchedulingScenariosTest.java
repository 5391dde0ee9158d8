package dev.warren.application.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.NodeLivenessLoop;
import dev.warren.application.node.UpdateNodeHandler;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.UpdateNodeRequest;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.SampleEntities;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reconciler, the node liveness loop and node updates together, against the real apply logic
 * over an in-memory log, with a controlled clock.
 */
class SchedulingScenariosTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final ServiceReconciler reconciler =
      new ServiceReconciler(fixture.state, fixture.log, fixture.clock);
  private final UpdateNodeHandler nodes = new UpdateNodeHandler(fixture.state, fixture.log);

  private List<Task> tasks() {
    return fixture.state.read(reader -> reader.list(EntityKind.TASK));
  }

  private List<Task> live() {
    return tasks().stream()
        .filter(t -> t.desiredState() == DesiredState.RUNNING && !t.state().isTerminal())
        .toList();
  }

  private long running() {
    return tasks().stream().filter(t -> t.state() == TaskState.RUNNING).count();
  }

  private Node node(String id, Map<String, String> labels) {
    Node sample = SampleEntities.node(id);
    Node node =
        new Node(
            sample.id(),
            sample.role(),
            sample.address(),
            sample.overlayIp(),
            sample.resources(),
            NodeStatus.READY,
            fixture.clock.instant(),
            fixture.clock.instant(),
            labels,
            sample.version());
    seed.propose(new NodeRegistered(node));
    return node;
  }

  private Service service(ServiceSpec spec) {
    Service service = Service.create(ServiceId.random(), spec, Fixture.T0);
    seed.propose(new ServiceCreated(service));
    return service;
  }

  /** Every assigned replica reports running, as its worker would. */
  private void workersStartEverything() {
    for (Task task : tasks()) {
      if (task.state() == TaskState.ASSIGNED && task.desiredState() == DesiredState.RUNNING) {
        report(task, TaskState.RUNNING, "");
      }
    }
  }

  /** Every replica wanted shut down and still up reports shut down, as its worker would. */
  private void workersStopWhatTheyAreTold() {
    for (Task task : tasks()) {
      if (task.desiredState() == DesiredState.SHUTDOWN && !task.state().isTerminal()) {
        report(task, TaskState.SHUTDOWN, "");
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

  @Test
  void constraintsHoldAndAReplicaNoNodeSatisfiesWaitsWithTheConstraintAsReason() {
    node("n1", Map.of("disk", "hdd"));
    node("n2", Map.of("disk", "ssd"));
    service(
        ServiceSpec.of("db", "postgres:16", 2)
            .withPlacement(PlacementSpec.parse(List.of("node.labels.disk==ssd"), List.of())));
    service(
        ServiceSpec.of("gpu", "cuda:12", 1)
            .withPlacement(PlacementSpec.parse(List.of("node.labels.gpu==yes"), List.of())));

    reconciler.reconcileOnce();

    assertThat(tasks())
        .filteredOn(t -> t.serviceName().equals("db"))
        .hasSize(2)
        .allMatch(t -> t.isOn(NodeId.of("n2")));
    assertThat(tasks())
        .filteredOn(t -> t.serviceName().equals("gpu"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.isUnplaced()).isTrue();
              assertThat(t.error()).isEqualTo("pending: no node satisfies node.labels.gpu==yes");
            });
  }

  @Test
  void aReservationNoNodeCanHoldWaitsWithTheResourceAsReason() {
    node("n1", Map.of());
    node("n2", Map.of());
    node("n3", Map.of());
    service(ServiceSpec.of("big", "big:1", 1).withResources(new Resources(0, 0, 64L << 30)));

    reconciler.reconcileOnce();

    assertThat(tasks())
        .singleElement()
        .extracting(Task::error)
        .isEqualTo("pending: insufficient memory on 3 nodes");
  }

  @Test
  void replicasSpreadOverTheValuesOfALabelBeforeNodes() {
    node("a1", Map.of("zone", "a"));
    node("a2", Map.of("zone", "a"));
    node("a3", Map.of("zone", "a"));
    node("b1", Map.of("zone", "b"));
    service(
        ServiceSpec.of("web", "nginx:1", 4)
            .withPlacement(PlacementSpec.parse(List.of(), List.of("spread=node.labels.zone"))));

    reconciler.reconcileOnce();

    Map<String, Long> perZone =
        tasks().stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.nodeId().orElseThrow().value().substring(0, 1), Collectors.counting()));
    assertThat(perZone).containsOnly(Map.entry("a", 2L), Map.entry("b", 2L));
  }

  @Test
  void drainingStartsReplacementsElsewhereBeforeStoppingAndNeverDropsBelowTheDesiredCount() {
    node("n1", Map.of());
    node("n2", Map.of());
    node("n3", Map.of());
    service(ServiceSpec.of("web", "nginx:1", 3));
    reconciler.reconcileOnce();
    workersStartEverything();
    assertThat(running()).isEqualTo(3);

    nodes.update(
        new UpdateNodeRequest(
            NodeId.of("n1"), Optional.of(NodeAvailability.DRAIN), Map.of(), List.of()));
    for (int round = 0; round < 4; round++) {
      reconciler.reconcileOnce();
      assertThat(running()).as("running replicas in round %d", round).isGreaterThanOrEqualTo(3);
      workersStartEverything();
      assertThat(running()).isGreaterThanOrEqualTo(3);
      workersStopWhatTheyAreTold();
      assertThat(running()).isGreaterThanOrEqualTo(2);
    }

    assertThat(live()).hasSize(3).noneMatch(t -> t.isOn(NodeId.of("n1")));
    assertThat(reconciler.reconcileOnce().idle()).isTrue();
  }

  @Test
  void aPausedNodeKeepsItsReplicasButTakesNoNewOnes() {
    node("n1", Map.of());
    service(ServiceSpec.of("web", "nginx:1", 1));
    reconciler.reconcileOnce();
    nodes.update(
        new UpdateNodeRequest(
            NodeId.of("n1"), Optional.of(NodeAvailability.PAUSE), Map.of(), List.of()));

    service(ServiceSpec.of("api", "api:1", 1));
    reconciler.reconcileOnce();

    assertThat(live()).filteredOn(t -> t.serviceName().equals("web")).hasSize(1);
    assertThat(tasks())
        .filteredOn(t -> t.serviceName().equals("api"))
        .singleElement()
        .extracting(Task::error)
        .isEqualTo("pending: availability pause on 1 node");
  }

  @Test
  void aSilentNodeIsMarkedDownAndItsReplicasRunElsewhereAndAreStoppedWhenItReturns() {
    node("n1", Map.of());
    node("n2", Map.of());
    service(ServiceSpec.of("web", "nginx:1", 4));
    reconciler.reconcileOnce();
    workersStartEverything();
    var heartbeats = new HeartbeatTracker();
    var liveness =
        new NodeLivenessLoop(
            fixture.state, fixture.log, heartbeats, fixture.clock, Duration.ofSeconds(15));

    fixture.clock.advance(Duration.ofSeconds(14));
    assertThat(liveness.checkOnce()).as("within the timeout of the loop's start").isEmpty();
    heartbeats.beat(NodeId.of("n1"), fixture.clock.instant());
    heartbeats.beat(NodeId.of("n2"), fixture.clock.instant());
    fixture.clock.advance(Duration.ofSeconds(10));
    heartbeats.beat(NodeId.of("n1"), fixture.clock.instant());
    assertThat(liveness.checkOnce()).isEmpty();
    fixture.clock.advance(Duration.ofSeconds(6));
    assertThat(liveness.checkOnce()).containsExactly(NodeId.of("n2"));
    assertThat(liveness.checkOnce()).isEmpty();
    List<Task> movedAway = tasks().stream().filter(t -> t.isOn(NodeId.of("n2"))).toList();

    reconciler.reconcileOnce();

    assertThat(live()).hasSize(4).allMatch(t -> t.isOn(NodeId.of("n1")));
    assertThat(movedAway)
        .hasSize(2)
        .allSatisfy(
            moved ->
                assertThat(seed.stored(moved.id().value()).desiredState())
                    .as("what its node is told when it comes back")
                    .isEqualTo(DesiredState.SHUTDOWN));
  }

  @Test
  void aGlobalServiceRunsOncePerEligibleNodeAndFollowsNodesJoiningAndDraining() {
    node("n1", Map.of());
    node("n2", Map.of());
    service(ServiceSpec.of("agent", "agent:1", 1).withMode(ServiceMode.GLOBAL));

    reconciler.reconcileOnce();
    assertThat(live())
        .extracting(t -> t.nodeId().orElseThrow().value())
        .containsExactlyInAnyOrder("n1", "n2");

    node("n3", Map.of());
    reconciler.reconcileOnce();
    assertThat(live()).hasSize(3);

    nodes.update(
        new UpdateNodeRequest(
            NodeId.of("n2"), Optional.of(NodeAvailability.DRAIN), Map.of(), List.of()));
    reconciler.reconcileOnce();
    assertThat(live())
        .extracting(t -> t.nodeId().orElseThrow().value())
        .containsExactlyInAnyOrder("n1", "n3");
    assertThat(reconciler.reconcileOnce().idle()).isTrue();
  }

  @Test
  void aCrashLoopBacksOffVisiblyAndStopsAtMaxAttempts() {
    node("n1", Map.of());
    service(
        ServiceSpec.of("crash", "crash:1", 1)
            .withRestartPolicy(new RestartPolicy(RestartCondition.ON_FAILURE, 3, 2)));
    reconciler.reconcileOnce();

    // Max attempts 3: the first run and three restarts, then the slot gives up.
    for (int attempt = 1; attempt <= 4; attempt++) {
      Task replica = live().get(0);
      report(replica, TaskState.FAILED, "exited with code 1");
      ServiceReconciler.Pass pass = reconciler.reconcileOnce();
      if (attempt < 4) {
        Task waiting = live().get(0);
        assertThat(waiting.isUnplaced()).isTrue();
        assertThat(waiting.error()).startsWith("restart backoff: attempt " + (attempt + 1));
        assertThat(pass.nextRestart()).isPresent();
        fixture.clock.set(pass.nextRestart().orElseThrow());
        reconciler.reconcileOnce();
        assertThat(live()).singleElement().extracting(Task::state).isEqualTo(TaskState.ASSIGNED);
      } else {
        assertThat(live()).isEmpty();
        assertThat(pass.pending())
            .containsEntry(
                "crash.0",
                "gave up after 3 restarts (max 3): its replica failed (exited with code 1)");
      }
    }
    assertThat(tasks()).filteredOn(t -> t.state() == TaskState.FAILED).hasSize(4);
  }

  @Test
  void removingAServiceStopsEveryReplicaAndItsHistoryGoesOnceTheyEnded() {
    node("n1", Map.of());
    Service web = service(ServiceSpec.of("web", "nginx:1", 3));
    reconciler.reconcileOnce();
    workersStartEverything();

    seed.propose(new ServiceDeleted(web.id()));
    assertThat(tasks()).hasSize(3).allMatch(t -> t.desiredState() == DesiredState.SHUTDOWN);
    workersStopWhatTheyAreTold();
    reconciler.reconcileOnce();

    assertThat(tasks()).isEmpty();
  }
}
