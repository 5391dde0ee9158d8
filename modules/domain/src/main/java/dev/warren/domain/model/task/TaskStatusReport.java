package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.Checks;

/** What a node says about one of its tasks: its state and, once created, its runtime id. */
public record TaskStatusReport(
    TaskId taskId, TaskState state, String runtimeContainerId, String error) {
  public TaskStatusReport {
    Checks.notNull("container id", taskId);
    Checks.notNull("actual state", state);
    Checks.notNull("runtime container id", runtimeContainerId);
    Checks.notNull("error", error);
  }

  /**
   * Whether {@code task} already shows exactly this report, so applying it would change nothing.
   */
  public boolean isShownBy(Task task) {
    return task.state() == state
        && task.runtimeContainerId().equals(runtimeContainerId)
        && task.error().equals(error);
  }
}
