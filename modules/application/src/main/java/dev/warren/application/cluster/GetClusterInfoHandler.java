package dev.warren.application.cluster;

import dev.warren.application.replication.Futures;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.List;

/**
 * Describes the managers: membership comes from the consensus group, the leader's API address from
 * its node record (clients need the API address, not the Raft one), and each member's progress
 * (reachable, applied index) from asking it over the consensus transport, which takes up to a few
 * seconds when one does not answer.
 */
public record GetClusterInfoHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements GetClusterInfoUseCase {

  @Override
  public ClusterInfo get() {
    Membership membership = log.membership();
    String leaderId = membership.leaderId().orElse("");
    String leaderApiAddress =
        leaderId.isEmpty()
            ? ""
            : state
                .read(reader -> reader.get(EntityKind.NODE, leaderId))
                .map(Node::address)
                .orElse("");
    List<MemberProgress> progress = Futures.await(log.progress(), "asking the managers' progress");
    return new ClusterInfo(leaderId, leaderApiAddress, membership.members(), progress);
  }
}
