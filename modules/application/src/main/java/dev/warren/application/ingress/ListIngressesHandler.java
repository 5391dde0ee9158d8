package dev.warren.application.ingress;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Comparator;
import java.util.List;

/** Lists every ingress, ordered by name. */
public final class ListIngressesHandler implements ListIngressesUseCase {
  private final StateQueries queries;

  public ListIngressesHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

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
