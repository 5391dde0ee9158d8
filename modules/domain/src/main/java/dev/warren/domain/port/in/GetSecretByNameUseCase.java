package dev.warren.domain.port.in;

import dev.warren.domain.model.secret.SecretMetadata;

/**
 * Reads a secret's metadata. The payload is not part of this answer: it goes only to a worker that
 * runs a container using the secret, which needs caller identities (issue 4).
 */
public interface GetSecretByNameUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no secret has that name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  SecretMetadata get(GetSecretByNameRequest request);
}
