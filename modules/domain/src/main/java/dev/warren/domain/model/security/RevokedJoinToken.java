package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * A join token that a rotation replaced. It is kept (still only as a hash) until it would have
 * expired, so a node presenting it is told that it was rotated rather than that it is unknown.
 */
public record RevokedJoinToken(JoinToken token, Instant revokedAt) {
  public RevokedJoinToken {
    Checks.notNull("join token", token);
    Checks.notNull("revoked at", revokedAt);
  }
}
