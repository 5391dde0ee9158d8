package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.List;
import java.util.function.Function;

/** Lists every service, ordered by name. */
public record ListServicesHandler(StateQueries queries) implements ListServicesUseCase {

  @Override
  public List<Service> list(ListServicesRequest request) {
    return queries.listByName(
        request.consistency(), EntityKind.SERVICE, Function.identity(), Service::name);
  }
}
