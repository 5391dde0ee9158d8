package dev.warren.cli.secret;

import dev.warren.cli.ByNameOrId;
import dev.warren.cli.ManagerClient;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;

/** Finds the secret a user named by name or by id. */
final class SecretResolver {
  private SecretResolver() {}

  /** See {@link ByNameOrId#resolve}. */
  static SecretMetadata resolve(ManagerClient manager, String reference) {
    return new ByNameOrId<SecretMetadata>(
            "secret",
            name -> Checks.name("secret name", name),
            SecretId::of,
            name ->
                manager
                    .secrets()
                    .get(new GetSecretByNameRequest(name, ReadConsistency.LINEARIZABLE)),
            () -> manager.secrets().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)),
            secret -> secret.id().value())
        .resolve(reference);
  }
}
