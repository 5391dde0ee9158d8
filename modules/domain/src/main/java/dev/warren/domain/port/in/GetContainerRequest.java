package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskId;

/** Read one container. */
public record GetContainerRequest(TaskId id, ReadConsistency consistency) {
  public GetContainerRequest {
    Checks.notNull("container id", id);
    Checks.notNull("consistency", consistency);
  }
}
