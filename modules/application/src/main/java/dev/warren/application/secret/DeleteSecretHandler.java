package dev.warren.application.secret;

import dev.warren.application.replication.Deletions;
import dev.warren.domain.change.SecretChange.SecretDeleted;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Deletes a secret; the apply logic refuses while a container uses it. */
public record DeleteSecretHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements DeleteSecretUseCase {

  @Override
  public void delete(DeleteSecretRequest request) {
    Deletions.deleteById(
        state,
        log,
        EntityKind.SECRET,
        "secret",
        request.id().value(),
        Secret::name,
        new SecretDeleted(request.id()));
  }
}
