package dev.warren.application.ingress;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.IngressChange.IngressCreated;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Creates an ingress: checks its TLS certificate, picks id and timestamps, proposes one {@code
 * IngressCreated}. Backends are not checked against services: an ingress may come first.
 */
public record CreateIngressHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements CreateIngressUseCase {

  @Override
  public Ingress create(CreateIngressRequest request) {
    Instant now = StoredTime.now(clock);
    Ingress ingress = request.ingress(IngressId.random(), now);
    StateQueries.current(
        state,
        log,
        reader -> {
          // Fast answers for the common mistakes; the apply logic re-checks name and certificate.
          if (reader.findByName(EntityKind.INGRESS, request.name()).isPresent()) {
            throw new AlreadyExistsException("ingress already exists: " + request.name());
          }
          IngressLookup.checkTls(reader, ingress);
          return ingress;
        });
    Futures.await(log.propose(new IngressCreated(ingress)), "creating ingress " + request.name());
    return ingress;
  }
}
