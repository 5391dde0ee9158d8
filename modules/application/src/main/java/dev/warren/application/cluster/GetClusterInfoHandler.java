package dev.warren.application.cluster;

import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;

/**
 * Describes the managers: membership comes from the consensus group, and the leader's API address
 * from its node record, because clients need the API address, not the Raft one.
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
    return new ClusterInfo(leaderId, leaderApiAddress, membership.members());
  }
}
