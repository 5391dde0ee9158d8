package dev.warren.application.node;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.NodeChange.NodeStatusChanged;
import dev.warren.domain.change.TaskChange.TaskStatesObserved;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.StateReader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * Takes heartbeats, proposing only what changed. A heartbeat makes a down or unknown node ready; a
 * draining node stays draining (an operator's decision, not the node's). Available resources, when
 * the node sends them, become the node's resources, as in Warren.
 */
public record RecordHeartbeatHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, HeartbeatTracker heartbeats)
    implements RecordHeartbeatUseCase {

  /**
   * How old the replicated heartbeat time of a node may grow while its heartbeats reach a manager
   * that does not lead, before one is replicated: the leader, which marks silent nodes down, only
   * remembers the heartbeats it received itself. A third of the default node-down timeout (15 s),
   * so a worker attached to a follower costs one Raft write per 5 s instead of one per heartbeat.
   */
  public static final Duration RELAYED_HEARTBEAT_AGE = Duration.ofSeconds(5);

  @Override
  public void record(RecordHeartbeatRequest request) {
    Instant now = StoredTime.now(clock);
    NodeId id = request.nodeId();
    Node node = state.read(reader -> NodeLookup.find(reader, id));
    heartbeats.beat(id, now);

    NodeStatus status =
        node.status() == NodeStatus.DRAINING ? NodeStatus.DRAINING : NodeStatus.READY;
    NodeResources resources = request.availableResources().orElse(node.resources());
    boolean unseenByTheLeader =
        log.leaderTerm().isEmpty()
            && Duration.between(node.lastHeartbeat(), now).compareTo(RELAYED_HEARTBEAT_AGE) >= 0;
    if (status != node.status() || !resources.equals(node.resources()) || unseenByTheLeader) {
      Futures.await(
          log.propose(new NodeStatusChanged(id, status, resources, now)),
          "recording the heartbeat of node " + id);
    }

    List<TaskStatusReport> progress =
        state.read(reader -> forwardMoves(reader, id, request.containerStatuses()));
    if (!progress.isEmpty()) {
      Futures.await(
          log.propose(new TaskStatesObserved(id, progress, now)),
          "recording container states of node " + id);
    }
  }

  /** The reports that move one of the node's containers forward; the rest would change nothing. */
  private static List<TaskStatusReport> forwardMoves(
      StateReader reader, NodeId node, List<TaskStatusReport> reports) {
    return reports.stream()
        .filter(
            report ->
                reader
                    .get(EntityKind.TASK, report.taskId().value())
                    .filter(task -> task.isOn(node) && task.state().canMoveTo(report.state()))
                    .isPresent())
        .toList();
  }
}
