package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskId;

/**
 * A container as a runtime sees it: its task, the runtime's own handle for it (a process id, a
 * containerd id) and its state.
 */
public record RuntimeContainer(TaskId id, String runtimeId, RuntimeState state) {

  public RuntimeContainer {
    Checks.notNull("container id", id);
    Checks.notNull("runtime id", runtimeId);
    Checks.notNull("state", state);
  }

  /** Whether it still runs. */
  public boolean running() {
    return state instanceof RuntimeState.Running;
  }
}
