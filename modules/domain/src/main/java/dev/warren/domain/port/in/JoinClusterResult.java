package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/**
 * What JoinCluster answers: Warren's status string and where the leader's API listens (empty if the
 * leader has no node record with an address yet).
 */
public record JoinClusterResult(String status, String leaderApiAddress) {
  /** The status Warren v1 answers a successful join with. */
  public static final String JOINED = "joined";

  public JoinClusterResult {
    Checks.notNull("status", status);
    Checks.notNull("leader api address", leaderApiAddress);
  }
}
