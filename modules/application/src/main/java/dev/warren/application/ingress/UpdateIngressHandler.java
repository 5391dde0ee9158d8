package dev.warren.application.ingress;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.IngressChange.IngressUpdated;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.UpdateIngressRequest;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/**
 * Replaces an ingress's rules, TLS and labels, and renames it when the request gives a new name (a
 * name taken by another ingress is {@link AlreadyExistsException}); an update that changes nothing
 * writes nothing. Concurrent updates of one ingress: the last committed wins (ingresses carry no
 * version in warren.v1).
 */
public record UpdateIngressHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements UpdateIngressUseCase {

  @Override
  public Ingress update(UpdateIngressRequest request) {
    Ingress current =
        StateQueries.current(state, log, reader -> IngressLookup.find(reader, request.ingress()));
    String name = request.newName().orElse(current.name());
    if (current.name().equals(name)
        && current.rules().equals(request.rules())
        && current.tls().equals(request.tls())
        && current.labels().equals(request.labels())) {
      return current;
    }
    Ingress updated = request.appliedTo(current, StoredTime.now(clock));
    StateQueries.current(
        state,
        log,
        reader -> {
          if (!current.name().equals(name)
              && reader.findByName(EntityKind.INGRESS, name).isPresent()) {
            throw new AlreadyExistsException(
                "ingress "
                    + current.name()
                    + " cannot be renamed to "
                    + name
                    + ": that name is taken");
          }
          IngressLookup.checkTls(reader, updated);
          return updated;
        });
    Futures.await(log.propose(new IngressUpdated(updated)), "updating ingress " + current.name());
    return updated;
  }
}
