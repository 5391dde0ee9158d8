package dev.warren.application.ingress;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.List;
import java.util.function.Function;

/** Lists every ingress, ordered by name. */
public record ListIngressesHandler(StateQueries queries) implements ListIngressesUseCase {

  @Override
  public List<Ingress> list(ListIngressesRequest request) {
    return queries.listByName(
        request.consistency(), EntityKind.INGRESS, Function.identity(), Ingress::name);
  }
}
