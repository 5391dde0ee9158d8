package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Comparator;
import java.util.List;

/** Lists every service, ordered by name. */
public final class ListServicesHandler implements ListServicesUseCase {
  private final StateQueries queries;

  public ListServicesHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public List<Service> list(ListServicesRequest request) {
    return queries.read(
        request.consistency(),
        reader ->
            reader.list(EntityKind.SERVICE).stream()
                .sorted(Comparator.comparing(Service::name))
                .toList());
  }
}
