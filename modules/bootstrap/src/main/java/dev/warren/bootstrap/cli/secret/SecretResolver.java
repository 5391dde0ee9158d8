package dev.warren.bootstrap.cli.secret;

import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;

/**
 * Finds the secret a user named by name or by id. The name is tried first, since warren.v1 reads
 * secrets by name; an id is looked up in the list.
 */
final class SecretResolver {
  private SecretResolver() {}

  /**
   * @throws InvalidSpecException if {@code reference} is neither a valid name nor a valid id
   * @throws NotFoundException if no secret has that name or id
   */
  static SecretMetadata resolve(ManagerClient manager, String reference) {
    boolean isName = isValid(() -> Checks.name("secret name", reference));
    boolean isId = isValid(() -> SecretId.of(reference));
    if (!isName && !isId) {
      throw new InvalidSpecException(
          "'" + reference + "' is neither a secret name nor a secret id");
    }
    if (isName) {
      try {
        return manager
            .getSecretByName()
            .get(new GetSecretByNameRequest(reference, ReadConsistency.LINEARIZABLE));
      } catch (NotFoundException noSuchName) {
        if (!isId) {
          throw noSuchName;
        }
      }
    }
    return manager.listSecrets().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)).stream()
        .filter(secret -> secret.id().value().equals(reference))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("secret not found: " + reference));
  }

  private static boolean isValid(Runnable check) {
    try {
      check.run();
      return true;
    } catch (InvalidSpecException invalid) {
      return false;
    }
  }
}
