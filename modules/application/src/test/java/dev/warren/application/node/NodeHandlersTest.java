package dev.warren.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.IdentityChange.NodeCertificatesRevoked;
import dev.warren.domain.change.NodeChange.NodeRemoved;
import dev.warren.domain.change.NodeChange.NodeStatusChanged;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.change.TaskChange.TaskStatesObserved;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeHandlersTest {
  private static final NodeResources SMALL = new NodeResources(2, 4L << 30, 50L << 30);
  private static final NodeResources BUSY = new NodeResources(1, 1L << 30, 20L << 30);

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final HeartbeatTracker heartbeats = new HeartbeatTracker();
  private final RegisterNodeHandler register =
      new RegisterNodeHandler(fixture.state, fixture.log, fixture.clock, heartbeats);
  private final RecordHeartbeatHandler heartbeat =
      new RecordHeartbeatHandler(fixture.state, fixture.log, fixture.clock, heartbeats);
  private final ListNodesHandler list =
      new ListNodesHandler(fixture.state, fixture.log, heartbeats);
  private final GetNodeHandler get = new GetNodeHandler(fixture.state, fixture.log, heartbeats);
  private final RemoveNodeHandler remove =
      new RemoveNodeHandler(fixture.state, fixture.log, heartbeats, fixture.clock);

  private Node registerWorker(String id) {
    return register.register(
        new RegisterNodeRequest(
            NodeId.of(id), NodeRole.WORKER, "10.1.0.7:7946", SMALL, Map.of("zone", "b")));
  }

  private Node read(String id) {
    return get.get(new GetNodeRequest(NodeId.of(id), ReadConsistency.LINEARIZABLE));
  }

  private void beat(String id, Optional<NodeResources> resources, TaskStatusReport... statuses) {
    heartbeat.record(new RecordHeartbeatRequest(NodeId.of(id), resources, List.of(statuses)));
  }

  private int proposals() {
    return fixture.log.proposed().size();
  }

  @Test
  void aRegisteredNodeIsReadyAndReadableWithEveryField() {
    Node node = registerWorker("worker-1");

    assertThat(node.status()).isEqualTo(NodeStatus.READY);
    assertThat(node.role()).isEqualTo(NodeRole.WORKER);
    assertThat(node.address()).isEqualTo("10.1.0.7:7946");
    assertThat(node.overlayIp()).isEmpty();
    assertThat(node.resources()).isEqualTo(SMALL);
    assertThat(node.labels()).containsExactly(Map.entry("zone", "b"));
    assertThat(node.createdAt()).isEqualTo(Fixture.T0);
    assertThat(node.lastHeartbeat()).isEqualTo(Fixture.T0);
    assertThat(node.version().value()).isEqualTo(1);
    assertThat(read("worker-1")).isEqualTo(node);
  }

  @Test
  void registeringAgainKeepsTheCreationTimeAndMovesTheVersion() {
    registerWorker("worker-1");
    fixture.clock.advance(Duration.ofMinutes(5));

    Node again =
        register.register(
            new RegisterNodeRequest(
                NodeId.of("worker-1"), NodeRole.HYBRID, "10.1.0.8:7946", BUSY, Map.of()));

    assertThat(again.createdAt()).isEqualTo(Fixture.T0);
    assertThat(again.lastHeartbeat()).isEqualTo(Fixture.T0.plus(Duration.ofMinutes(5)));
    assertThat(again.version().value()).isEqualTo(2);
    assertThat(again.role()).isEqualTo(NodeRole.HYBRID);
    assertThat(again.labels()).isEmpty();
    assertThat(read("worker-1")).isEqualTo(again);
  }

  @Test
  void idleHeartbeatsReachingAManagerThatDoesNotLeadAreReplicatedEveryFewSecondsForTheLeader() {
    registerWorker("worker-1");
    var follower = new NotLeading(fixture.log);
    var onFollower = new RecordHeartbeatHandler(fixture.state, follower, fixture.clock, heartbeats);
    int before = proposals();

    fixture.clock.advance(RecordHeartbeatHandler.RELAYED_HEARTBEAT_AGE.minusSeconds(1));
    onFollower.record(
        new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.empty(), List.of()));
    assertThat(proposals()).as("younger than the relay age").isEqualTo(before);

    Instant relayed = fixture.clock.advance(Duration.ofSeconds(1));
    onFollower.record(
        new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.empty(), List.of()));

    assertThat(proposals()).isEqualTo(before + 1);
    assertThat(seed.storedNode("worker-1").lastHeartbeat()).isEqualTo(relayed);
    fixture.clock.advance(Duration.ofSeconds(1));
    onFollower.record(
        new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.empty(), List.of()));
    assertThat(proposals()).as("just relayed").isEqualTo(before + 1);
  }

  /** The fixture's log as a manager that does not lead sees it. */
  private record NotLeading(InMemoryReplicatedLogAdapter log)
      implements dev.warren.domain.port.out.ReplicatedLogPort {
    @Override
    public java.util.concurrent.CompletableFuture<Long> propose(
        dev.warren.domain.change.StateChange change) {
      return log.propose(change);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Long> readBarrier() {
      return log.readBarrier();
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> addMember(String id, String address) {
      return log.addMember(id, address);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> removeMember(String memberId) {
      return log.removeMember(memberId);
    }

    @Override
    public java.util.concurrent.CompletableFuture<
            java.util.List<dev.warren.domain.model.cluster.MemberProgress>>
        progress() {
      return log.progress();
    }

    @Override
    public dev.warren.domain.model.cluster.Membership membership() {
      return log.membership();
    }

    @Override
    public java.util.OptionalLong leaderTerm() {
      return java.util.OptionalLong.empty();
    }

    @Override
    public boolean isCaughtUp() {
      return log.isCaughtUp();
    }

    @Override
    public void close() {
      log.close();
    }
  }

  @Test
  void anIdleHeartbeatWritesNothingButReadsHereShowItsTime() {
    Node registered = registerWorker("worker-1");
    int before = proposals();
    Instant later = fixture.clock.advance(Duration.ofSeconds(5));

    beat("worker-1", Optional.of(SMALL));
    beat("worker-1", Optional.empty());

    assertThat(proposals()).isEqualTo(before);
    assertThat(seed.storedNode("worker-1").lastHeartbeat()).isEqualTo(Fixture.T0);
    assertThat(read("worker-1").lastHeartbeat()).isEqualTo(later);
    assertThat(read("worker-1").version()).isEqualTo(registered.version());
    assertThat(
            list.list(new ListNodesRequest(Optional.empty(), ReadConsistency.LINEARIZABLE))
                .getFirst()
                .lastHeartbeat())
        .isEqualTo(later);
  }

  @Test
  void newResourcesOrADownNodeComingBackAreReplicated() {
    registerWorker("worker-1");
    Instant later = fixture.clock.advance(Duration.ofSeconds(5));

    beat("worker-1", Optional.of(BUSY));

    assertThat(fixture.log.proposed()).last().isInstanceOf(NodeStatusChanged.class);
    assertThat(seed.storedNode("worker-1").resources()).isEqualTo(BUSY);
    assertThat(seed.storedNode("worker-1").lastHeartbeat()).isEqualTo(later);

    seed.propose(new NodeStatusChanged(NodeId.of("worker-1"), NodeStatus.DOWN, BUSY, later));
    beat("worker-1", Optional.empty());

    assertThat(seed.storedNode("worker-1").status()).isEqualTo(NodeStatus.READY);
  }

  @Test
  void aDrainingNodeStaysDraining() {
    registerWorker("worker-1");
    seed.propose(
        new NodeStatusChanged(NodeId.of("worker-1"), NodeStatus.DRAINING, SMALL, Fixture.T0));
    int before = proposals();

    beat("worker-1", Optional.of(SMALL));

    assertThat(proposals()).isEqualTo(before);
    assertThat(read("worker-1").status()).isEqualTo(NodeStatus.DRAINING);
  }

  @Test
  void aHeartbeatReplicatesOnlyContainerStatesThatMoveForward() {
    registerWorker("worker-1");
    seed.node("worker-2");
    Service web = seed.service("web");
    seed.task("t1", web, 0, "worker-1");
    seed.task("t2", web, 1, "worker-1");
    seed.task("t3", web, 2, "worker-2");
    seed.propose(
        new TaskStateReported(
            NodeId.of("worker-1"),
            new TaskStatusReport(TaskId.of("t2"), TaskState.RUNNING, "c2", ""),
            Fixture.T0));
    int before = proposals();

    beat(
        "worker-1",
        Optional.empty(),
        new TaskStatusReport(TaskId.of("t1"), TaskState.RUNNING, "c1", ""),
        new TaskStatusReport(TaskId.of("t2"), TaskState.RUNNING, "c2", ""),
        new TaskStatusReport(TaskId.of("t3"), TaskState.RUNNING, "c3", ""),
        new TaskStatusReport(TaskId.of("gone"), TaskState.RUNNING, "c4", ""));

    assertThat(fixture.log.proposed()).hasSize(before + 1);
    var observed = (TaskStatesObserved) fixture.log.proposed().getLast();
    assertThat(observed.taskIds()).containsExactly(TaskId.of("t1"));
    assertThat(seed.stored("t1").state()).isEqualTo(TaskState.RUNNING);
    assertThat(seed.stored("t3").state()).isEqualTo(TaskState.PENDING);

    beat(
        "worker-1",
        Optional.empty(),
        new TaskStatusReport(TaskId.of("t1"), TaskState.RUNNING, "c1", ""));

    assertThat(fixture.log.proposed()).hasSize(before + 1);
  }

  @Test
  void aHeartbeatFromAnUnknownNodeIsNotFound() {
    assertThatThrownBy(() -> beat("ghost", Optional.empty()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: ghost");
    assertThatThrownBy(() -> read("ghost")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listFiltersByExactRoleAndOrdersById() {
    registerWorker("worker-b");
    registerWorker("worker-a");
    seed.node("hybrid-1");

    assertThat(list.list(new ListNodesRequest(Optional.empty(), ReadConsistency.LOCAL)))
        .extracting(node -> node.id().value())
        .containsExactly("hybrid-1", "worker-a", "worker-b");
    assertThat(list.list(new ListNodesRequest(Optional.of(NodeRole.WORKER), ReadConsistency.LOCAL)))
        .extracting(node -> node.id().value())
        .containsExactly("worker-a", "worker-b");
    assertThat(
            list.list(new ListNodesRequest(Optional.of(NodeRole.MANAGER), ReadConsistency.LOCAL)))
        .isEmpty();
  }

  @Test
  void removingANodeShutsDownItsContainersInOneChange() {
    registerWorker("worker-1");
    Service web = seed.service("web");
    seed.task("t1", web, 0, "worker-1");
    int before = proposals();

    remove.remove(new RemoveNodeRequest(NodeId.of("worker-1")));

    assertThat(fixture.log.proposed()).hasSize(before + 2).last().isInstanceOf(NodeRemoved.class);
    assertThat(fixture.log.proposed().get(before))
        .isEqualTo(
            new NodeCertificatesRevoked(NodeId.of("worker-1"), StoredTime.now(fixture.clock)));
    assertThatThrownBy(() -> read("worker-1")).isInstanceOf(NotFoundException.class);
    assertThat(seed.stored("t1").desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThatThrownBy(() -> remove.remove(new RemoveNodeRequest(NodeId.of("worker-1"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aManagerInTheRaftGroupIsNotRemoved() {
    seed.node(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
    int before = proposals();

    assertThatThrownBy(
            () ->
                remove.remove(
                    new RemoveNodeRequest(NodeId.of(InMemoryReplicatedLogAdapter.LOCAL_MEMBER))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("is a manager in the Raft group")
        .hasMessageContaining("the last one")
        .hasMessageContaining("warren manager join");
    assertThat(proposals()).isEqualTo(before);
    assertThat(fixture.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
  }

  @Test
  void aManagerAmongOthersLeavesTheRaftGroupAndTheNodeList() throws Exception {
    fixture.log.addMember("manager-2", "10.0.0.2:7000").get();
    seed.node("manager-2");

    remove.remove(new RemoveNodeRequest(NodeId.of("manager-2")));

    assertThat(fixture.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
    assertThat(fixture.log.proposed()).last().isInstanceOf(NodeRemoved.class);
    assertThatThrownBy(() -> read("manager-2")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aManagerWhoseRecordIsGoneButThatIsStillInTheGroupIsTakenOutOfIt() throws Exception {
    fixture.log.addMember("manager-2", "10.0.0.2:7000").get();
    int before = proposals();

    remove.remove(new RemoveNodeRequest(NodeId.of("manager-2")));

    assertThat(fixture.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
    // Only its certificates are revoked: there is no node record to remove.
    assertThat(fixture.log.proposed())
        .hasSize(before + 1)
        .last()
        .isInstanceOf(NodeCertificatesRevoked.class);
  }
}
