package dev.warren.application.secret;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.List;

/** Lists every secret's metadata, ordered by name. */
public record ListSecretsHandler(StateQueries queries) implements ListSecretsUseCase {

  @Override
  public List<SecretMetadata> list(ListSecretsRequest request) {
    return queries.listByName(
        request.consistency(), EntityKind.SECRET, Secret::metadata, SecretMetadata::name);
  }
}
