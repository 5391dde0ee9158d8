package dev.warren.application.node;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one node, with its latest heartbeat time. */
public final class GetNodeHandler implements GetNodeUseCase {
  private final StateQueries queries;
  private final HeartbeatTracker heartbeats;

  public GetNodeHandler(
      ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker heartbeats) {
    this.queries = new StateQueries(state, log);
    this.heartbeats = heartbeats;
  }

  @Override
  public Node get(GetNodeRequest request) {
    Node node =
        queries.read(request.consistency(), reader -> NodeLookup.find(reader, request.id()));
    return heartbeats.withLatestHeartbeat(node);
  }
}
