package dev.warren.application.node;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.NodeChange.NodeRemoved;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/**
 * Removes a node; in the same change its containers' desired state becomes SHUTDOWN (they are not
 * sent back to pending: task states only move forward, so the reconciler creates replacements
 * instead). A manager still in the Raft group is refused: taking it out of the group is a
 * membership change this handler does not make.
 */
public record RemoveNodeHandler(
    ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker heartbeats)
    implements RemoveNodeUseCase {

  @Override
  public void remove(RemoveNodeRequest request) {
    NodeId id = request.id();
    // Fails fast with NOT_FOUND for an unknown id; the apply logic checks again.
    StateQueries.current(state, log, reader -> NodeLookup.find(reader, id));
    boolean raftMember =
        log.membership().members().stream().anyMatch(member -> member.id().equals(id.value()));
    if (raftMember) {
      throw new FailedPreconditionException(
          "node "
              + id
              + " is a manager in the Raft group; it must leave the group before it can be"
              + " removed");
    }
    Futures.await(log.propose(new NodeRemoved(id)), "removing node " + id);
    heartbeats.forget(id);
  }
}
