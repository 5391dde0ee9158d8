package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.List;

/** What GetClusterInfo answers: the leader and where its API listens, and every member. */
public record ClusterInfo(String leaderId, String leaderApiAddress, List<ClusterMember> members) {
  public ClusterInfo {
    Checks.notNull("leader id", leaderId);
    Checks.notNull("leader api address", leaderApiAddress);
    members = Checks.list("members", members);
  }
}
