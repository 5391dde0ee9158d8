package dev.warren.application.ingress;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.GetIngressUseCase;

/** Reads one ingress by id or name. */
public record GetIngressHandler(StateQueries queries) implements GetIngressUseCase {

  @Override
  public Ingress get(GetIngressRequest request) {
    return queries.read(
        request.consistency(), reader -> IngressLookup.find(reader, request.ingress()));
  }
}
