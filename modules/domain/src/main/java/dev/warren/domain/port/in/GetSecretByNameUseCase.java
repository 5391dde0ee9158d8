package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretMetadata;

/**
 * Reads a secret's metadata, as a client (the CLI) sees it. Managers answer GetSecretByName through
 * {@link ReadSecretUseCase}, which decides per caller whether the plaintext goes along.
 */
public interface GetSecretByNameUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no secret has that name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  SecretMetadata get(GetSecretByNameRequest request);
}
