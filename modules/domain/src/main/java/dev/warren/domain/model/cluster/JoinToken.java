package dev.warren.domain.model.cluster;

import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/** A join token as stored: only a hash of its secret, with the role it grants and its expiry. */
public record JoinToken(
    JoinTokenId id, NodeRole role, String secretHash, Instant createdAt, Instant expiresAt) {
  public JoinToken {
    Checks.notNull("join token id", id);
    Checks.notNull("join token role", role);
    Checks.notBlank("join token secret hash", secretHash);
    Checks.notNull("created at", createdAt);
    Checks.notNull("expires at", expiresAt);
    if (!expiresAt.isAfter(createdAt)) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "join token must expire after it is created");
    }
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
