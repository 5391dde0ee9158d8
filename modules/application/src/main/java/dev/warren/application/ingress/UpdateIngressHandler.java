package dev.warren.application.ingress;

import dev.warren.application.replication.Futures;
import dev.warren.domain.change.IngressChange.IngressUpdated;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.UpdateIngressRequest;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/**
 * Replaces an ingress's rules, TLS and labels; an update that changes nothing writes nothing.
 * Concurrent updates of one ingress: the last committed wins (ingresses carry no version in
 * warren.v1).
 */
public final class UpdateIngressHandler implements UpdateIngressUseCase {
  private final ClusterStatePort state;
  private final ReplicatedLogPort log;
  private final InstantSource clock;

  public UpdateIngressHandler(ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
    this.state = state;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public Ingress update(UpdateIngressRequest request) {
    Ingress current = state.read(reader -> IngressLookup.find(reader, request.ingress()));
    if (current.rules().equals(request.rules())
        && current.tls().equals(request.tls())
        && current.labels().equals(request.labels())) {
      return current;
    }
    Ingress updated =
        new Ingress(
            current.id(),
            current.name(),
            request.rules(),
            request.tls(),
            request.labels(),
            current.createdAt(),
            CreateIngressHandler.now(clock));
    state.read(
        reader -> {
          IngressLookup.checkTls(reader, updated);
          return updated;
        });
    Futures.await(log.propose(new IngressUpdated(updated)), "updating ingress " + current.name());
    return updated;
  }
}
