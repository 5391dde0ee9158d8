package dev.warren.domain.model.security;

import dev.warren.domain.model.cluster.JoinTokenId;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * A join token as stored: only a hash of its secret, with the role of the certificates it obtains
 * and its expiry. The role was a {@code NodeRole} before admins could have tokens; the stored form
 * is the constant name, and MANAGER and WORKER are spelled alike in both, so old tokens still read
 * (the codec names types by the tags it lists, never by package, so the move from {@code
 * model.cluster} is invisible too).
 */
public record JoinToken(
    JoinTokenId id, Role role, String secretHash, Instant createdAt, Instant expiresAt) {
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
