package dev.warren.application.ingress;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one ingress by id or name. */
public final class GetIngressHandler implements GetIngressUseCase {
  private final StateQueries queries;

  public GetIngressHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public Ingress get(GetIngressRequest request) {
    return queries.read(
        request.consistency(), reader -> IngressLookup.find(reader, request.ingress()));
  }
}
