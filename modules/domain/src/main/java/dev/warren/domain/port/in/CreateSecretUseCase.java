package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretMetadata;

/** Creates a secret. */
public interface CreateSecretUseCase {
  /**
   * Seals the payload with the cluster data key and stores only the sealed form; returns the new
   * secret's metadata once the change is committed.
   *
   * @throws dev.warren.domain.error.AlreadyExistsException if the name is taken
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  SecretMetadata create(CreateSecretRequest request);
}
