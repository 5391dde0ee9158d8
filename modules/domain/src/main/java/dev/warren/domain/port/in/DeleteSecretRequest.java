package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.shared.Checks;

/** Delete a secret. */
public record DeleteSecretRequest(SecretId id) {
  public DeleteSecretRequest {
    Checks.notNull("secret id", id);
  }
}
