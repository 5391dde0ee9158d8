package dev.warren.domain.policy;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskStatusReport;
import java.time.Duration;

/** One thing a worker does to bring its node in line with its assignments. */
public sealed interface WorkerAction {

  /** The container the action is about. */
  TaskId containerId();

  /** Start the container of an assigned task that should run and does not exist yet. */
  record StartContainer(Task task) implements WorkerAction {
    public StartContainer {
      Checks.notNull("task", task);
    }

    @Override
    public TaskId containerId() {
      return task.id();
    }
  }

  /** Stop a running container, giving it {@code grace} to end on its own. */
  record StopContainer(TaskId containerId, Duration grace, String why) implements WorkerAction {
    public StopContainer {
      Checks.notNull("container id", containerId);
      Checks.notNull("grace", grace);
      Checks.notNull("why", why);
    }
  }

  /** Forget a container the cluster no longer has: its directory, logs and record go. */
  record RemoveContainer(TaskId containerId) implements WorkerAction {
    public RemoveContainer {
      Checks.notNull("container id", containerId);
    }
  }

  /** Tell the managers what became of a container. */
  record ReportStatus(TaskStatusReport report) implements WorkerAction {
    public ReportStatus {
      Checks.notNull("report", report);
    }

    @Override
    public TaskId containerId() {
      return report.taskId();
    }
  }
}
