package dev.warren.domain.model.secret;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;

/** Ciphertext and the id of the data key that sealed it, so keys can rotate. */
public record SealedData(String keyId, Bytes ciphertext) {
  public SealedData {
    Checks.notBlank("key id", keyId);
    Checks.notNull("ciphertext", ciphertext);
  }
}
