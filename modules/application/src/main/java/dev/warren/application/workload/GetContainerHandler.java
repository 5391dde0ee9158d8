package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetContainerUseCase;

/** Reads one container. */
public record GetContainerHandler(StateQueries queries) implements GetContainerUseCase {

  @Override
  public Task get(GetContainerRequest request) {
    return queries.read(
        request.consistency(), reader -> ContainerLookup.find(reader, request.id()));
  }
}
