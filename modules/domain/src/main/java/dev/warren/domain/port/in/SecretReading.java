package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.util.Optional;

/** A secret as one caller may see it: always its metadata, the plaintext only if entitled. */
public record SecretReading(SecretMetadata metadata, Optional<Bytes> plaintext) {
  public SecretReading {
    Checks.notNull("secret metadata", metadata);
    Checks.notNull("secret plaintext", plaintext);
  }
}
