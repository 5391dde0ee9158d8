package dev.warren.domain.port.in;

import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * A freshly issued join token: {@code WRN-1-<CA certificate SHA-256>-<secret>}. This is the only
 * time the secret exists outside the caller's hands, so the string form hides it.
 */
public record GenerateJoinTokenResult(String token, Role role, Instant expiresAt) {
  public GenerateJoinTokenResult {
    Checks.notBlank("join token", token);
    Checks.notNull("join token role", role);
    Checks.notNull("expires at", expiresAt);
  }

  /** Never the token: string forms end up in logs. */
  @Override
  public String toString() {
    return "GenerateJoinTokenResult[token=<hidden>, role="
        + role.wireName()
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
