package dev.warren.domain.model.secret;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/** What anyone may know about a secret: everything but its payload. */
public record SecretMetadata(SecretId id, String name, Instant createdAt) {
  public SecretMetadata {
    Checks.notNull("secret id", id);
    Checks.name("secret name", name);
    Checks.notNull("created at", createdAt);
  }
}
