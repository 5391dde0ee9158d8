package dev.warren.domain.port.in;

import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskId;

/** Read the log of one container on this node: its tail, and then new lines when following. */
public record StreamNodeLogsRequest(TaskId container, LogTail tail, boolean follow) {
  public StreamNodeLogsRequest {
    Checks.notNull("container id", container);
    Checks.notNull("tail", tail);
  }
}
