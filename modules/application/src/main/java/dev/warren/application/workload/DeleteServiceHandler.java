package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Deletes a service. */
public record DeleteServiceHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements DeleteServiceUseCase {

  @Override
  public void delete(DeleteServiceRequest request) {
    // Fails fast with NOT_FOUND for an unknown id; the apply logic checks again.
    var service =
        StateQueries.current(
            state, log, reader -> ServiceLookup.find(reader, new ServiceRef.ById(request.id())));
    Futures.await(
        log.propose(new ServiceDeleted(request.id())), "deleting service " + service.name());
  }
}
