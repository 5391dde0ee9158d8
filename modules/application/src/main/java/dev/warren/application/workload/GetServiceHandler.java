package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetServiceUseCase;

/** Reads one service by id or name. */
public record GetServiceHandler(StateQueries queries) implements GetServiceUseCase {

  @Override
  public Service get(GetServiceRequest request) {
    return queries.read(
        request.consistency(), reader -> ServiceLookup.find(reader, request.service()));
  }
}
