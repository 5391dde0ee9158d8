package dev.warren.application.ingress;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.Comparator;
import java.util.List;

/** Lists every ingress, ordered by name. */
public record ListIngressesHandler(StateQueries queries) implements ListIngressesUseCase {

  @Override
  public List<Ingress> list(ListIngressesRequest request) {
    return queries.read(
        request.consistency(),
        reader ->
            reader.list(EntityKind.INGRESS).stream()
                .sorted(Comparator.comparing(Ingress::name))
                .toList());
  }
}
