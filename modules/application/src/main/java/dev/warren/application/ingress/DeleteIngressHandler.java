package dev.warren.application.ingress;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.IngressChange.IngressDeleted;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Deletes an ingress named by id or name. */
public record DeleteIngressHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements DeleteIngressUseCase {

  @Override
  public void delete(DeleteIngressRequest request) {
    // Resolves a name to the id the change carries; NOT_FOUND here, and again at apply if it raced.
    Ingress ingress =
        StateQueries.current(state, log, reader -> IngressLookup.find(reader, request.ingress()));
    Futures.await(
        log.propose(new IngressDeleted(ingress.id())), "deleting ingress " + ingress.name());
  }
}
