package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one service by id or name. */
public final class GetServiceHandler implements GetServiceUseCase {
  private final StateQueries queries;

  public GetServiceHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public Service get(GetServiceRequest request) {
    return queries.read(
        request.consistency(), reader -> ServiceLookup.find(reader, request.service()));
  }
}
