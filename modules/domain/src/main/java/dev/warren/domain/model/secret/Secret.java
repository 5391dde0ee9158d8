package dev.warren.domain.model.secret;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/** A named secret; only its ciphertext is ever stored or replicated. */
public record Secret(SecretId id, String name, Instant createdAt, SealedData data) {
  public static final int MAX_PLAINTEXT_BYTES = 500 * 1024;

  public Secret {
    Checks.notNull("secret id", id);
    Checks.name("secret name", name);
    Checks.notNull("created at", createdAt);
    Checks.notNull("secret data", data);
  }

  /** This secret without its payload. */
  public SecretMetadata metadata() {
    return new SecretMetadata(id, name, createdAt);
  }
}
