package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What GetClusterInfo answers: the leader and where its API listens, every member, and how far each
 * member is ({@code progress}; empty where the answer does not carry it, as from an older manager).
 */
public record ClusterInfo(
    String leaderId,
    String leaderApiAddress,
    List<ClusterMember> members,
    List<MemberProgress> progress) {
  public ClusterInfo {
    Checks.notNull("leader id", leaderId);
    Checks.notNull("leader api address", leaderApiAddress);
    members = Checks.list("members", members);
    progress = Checks.list("progress", progress);
  }

  /** Without progress. */
  public ClusterInfo(String leaderId, String leaderApiAddress, List<ClusterMember> members) {
    this(leaderId, leaderApiAddress, members, List.of());
  }

  /** The progress of member {@code id}, if known. */
  public Optional<MemberProgress> progressOf(String id) {
    return progress.stream().filter(member -> member.id().equals(id)).findFirst();
  }
}
