package dev.warren.domain.port.in;

import dev.warren.domain.model.security.Caller;

/**
 * GetSecretByName as a manager answers it: the metadata to every caller allowed to call it, the
 * plaintext only to managers and to a worker whose node runs a container using the secret.
 */
public interface ReadSecretUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no secret has that name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   * @throws dev.warren.domain.error.FailedPreconditionException if the payload cannot be opened
   *     (unknown data key)
   */
  SecretReading read(Caller caller, GetSecretByNameRequest request);
}
