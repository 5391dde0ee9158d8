package dev.warren.application.secret;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StateQueries;
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
    // Fails fast with NOT_FOUND for an unknown id; the apply logic checks again.
    Secret secret =
        StateQueries.current(
            state,
            log,
            reader -> Lookups.byId(reader, EntityKind.SECRET, "secret", request.id().value()));
    Futures.await(log.propose(new SecretDeleted(request.id())), "deleting secret " + secret.name());
  }
}
