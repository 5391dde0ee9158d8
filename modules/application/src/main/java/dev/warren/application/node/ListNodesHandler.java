package dev.warren.application.node;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.List;

/** Lists nodes by id, optionally of one role, with their latest heartbeat times. */
public final class ListNodesHandler implements ListNodesUseCase {
  private final StateQueries queries;
  private final HeartbeatTracker heartbeats;

  public ListNodesHandler(
      ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker heartbeats) {
    this.queries = new StateQueries(state, log);
    this.heartbeats = heartbeats;
  }

  @Override
  public List<Node> list(ListNodesRequest request) {
    List<Node> nodes = queries.read(request.consistency(), reader -> reader.list(EntityKind.NODE));
    return nodes.stream()
        .filter(node -> request.role().map(role -> node.role() == role).orElse(true))
        .map(heartbeats::withLatestHeartbeat)
        .toList();
  }
}
