package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The consensus group as this manager sees it now; the leader may be unknown during an election.
 */
public record Membership(Optional<String> leaderId, List<ClusterMember> members) {
  public Membership {
    Checks.notNull("leader id", leaderId);
    members = Checks.list("members", members);
  }
}
