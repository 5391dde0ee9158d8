package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;

/**
 * Add the manager {@code nodeId}, whose consensus transport listens at {@code raftAddress} ({@code
 * host:port}), to the group, on the strength of a manager join token. {@link #toString} hides the
 * token.
 */
public record JoinClusterRequest(String nodeId, String raftAddress, String token) {
  public JoinClusterRequest {
    Checks.notNull("node id", nodeId);
    Checks.notNull("bind address", raftAddress);
    Checks.notNull("join token", token);
    Checks.maxLength("node id", nodeId, InputLimits.TOKEN_CHARS);
    Checks.maxLength("bind address", raftAddress, InputLimits.TEXT_CHARS);
    InputLimits.joinToken(token);
  }

  @Override
  public String toString() {
    return "JoinClusterRequest[nodeId="
        + nodeId
        + ", raftAddress="
        + raftAddress
        + ", token=<hidden>]";
  }
}
