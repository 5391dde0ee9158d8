package dev.warren.application.node;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.IdentityChange.NodeCertificatesRevoked;
import dev.warren.domain.change.NodeChange.NodeRemoved;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/**
 * Removes a node; in the same change its containers' desired state becomes SHUTDOWN (they are not
 * sent back to pending: task states only move forward, so the reconciler creates replacements
 * instead). A manager is also taken out of the Raft group, after its node record is gone (so that
 * the change is proposed while it surely still is a member, even when it is the one asked); a
 * manager whose record was removed before but that is still in the group is only taken out of it.
 * The last voter is refused: a cluster without managers cannot be recovered. Every removal first
 * revokes the node's certificates ({@link NodeCertificatesRevoked}), so every manager refuses them
 * from then on.
 */
public record RemoveNodeHandler(
    ClusterStatePort state, ReplicatedLogPort log, HeartbeatTracker heartbeats, InstantSource clock)
    implements RemoveNodeUseCase {

  @Override
  public void remove(RemoveNodeRequest request) {
    NodeId id = request.id();
    Membership membership = log.membership();
    boolean raftMember =
        membership.members().stream().anyMatch(member -> member.id().equals(id.value()));
    if (!raftMember) {
      // Fails fast with NOT_FOUND for an unknown id; the apply logic checks again.
      StateQueries.current(state, log, reader -> NodeLookup.find(reader, id));
      revoke(id);
      Futures.await(log.propose(new NodeRemoved(id)), "removing node " + id);
      heartbeats.forget(id);
      return;
    }
    long otherVoters =
        membership.members().stream()
            .filter(member -> member.suffrage() == Suffrage.VOTER)
            .filter(member -> !member.id().equals(id.value()))
            .count();
    if (otherVoters == 0) {
      throw new FailedPreconditionException(
          "node "
              + id
              + " is a manager in the Raft group and the last one: without it the cluster has no"
              + " manager; join another one first ('warren manager join'), then remove this one");
    }
    boolean recorded = state.read(reader -> reader.get(EntityKind.NODE, id.value())).isPresent();
    revoke(id);
    if (recorded) {
      Futures.await(log.propose(new NodeRemoved(id)), "removing node " + id);
      heartbeats.forget(id);
    }
    Futures.await(log.removeMember(id.value()), "removing manager " + id + " from the Raft group");
  }

  /**
   * Revokes the node's certificates first: should the removal fail half-way, the node is refused
   * anyway, and removing it again completes the rest.
   */
  private void revoke(NodeId id) {
    Futures.await(
        log.propose(new NodeCertificatesRevoked(id, StoredTime.now(clock))),
        "revoking the certificates of node " + id);
  }
}
