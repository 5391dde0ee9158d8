package dev.warren.domain.port.in;

import dev.warren.domain.model.task.Task;

/** Reads one container. */
public interface GetContainerUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such container exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Task get(GetContainerRequest request);
}
