package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one container. */
public final class GetContainerHandler implements GetContainerUseCase {
  private final StateQueries queries;

  public GetContainerHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public Task get(GetContainerRequest request) {
    return queries.read(
        request.consistency(), reader -> ContainerLookup.find(reader, request.id()));
  }
}
