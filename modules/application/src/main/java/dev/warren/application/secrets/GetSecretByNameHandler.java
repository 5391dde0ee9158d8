package dev.warren.application.secrets;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetSecretByNameUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads a secret's metadata by name; the sealed payload stays in the store. */
public final class GetSecretByNameHandler implements GetSecretByNameUseCase {
  private final StateQueries queries;

  public GetSecretByNameHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public SecretMetadata get(GetSecretByNameRequest request) {
    return queries.read(
        request.consistency(),
        reader ->
            reader
                .findByName(EntityKind.SECRET, request.name())
                .map(Secret::metadata)
                .orElseThrow(() -> new NotFoundException("secret not found: " + request.name())));
  }
}
