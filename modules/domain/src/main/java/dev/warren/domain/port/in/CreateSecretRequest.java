package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;

/**
 * Create a secret holding {@code data}: 1 byte to 500 KiB. The string form shows the payload's size
 * only.
 */
public record CreateSecretRequest(String name, Bytes data) {
  public CreateSecretRequest {
    Checks.name("secret name", name);
    Checks.notNull("secret data", data);
    if (data.isEmpty()) {
      throw new InvalidSpecException("secret data is empty: a secret holds 1 byte to 500 KiB");
    }
    if (data.size() > Secret.MAX_PLAINTEXT_BYTES) {
      throw new InvalidSpecException(
          "secret data is "
              + data.size()
              + " bytes; the limit is 500 KiB ("
              + Secret.MAX_PLAINTEXT_BYTES
              + " bytes)");
    }
  }
}
