package dev.warren.domain.policy;

import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a worker does, given the tasks the managers assigned to its node and the containers its
 * runtime holds. The managers decide what should run; the worker only carries that out and reports
 * what it sees, so this never restarts anything on its own (replacements are the managers'
 * decision) and never starts a task twice: a container that exists is never started again, whatever
 * its state.
 *
 * <ul>
 *   <li>an assigned task that should run, has not run yet and has no container → start it;
 *   <li>a container that runs while its task should be shut down, or whose task is no longer
 *       assigned here (moved, deleted) → stop it, with the task's stop timeout;
 *   <li>a container whose task is gone from this node → remove it once stopped;
 *   <li>a state the managers have not been told yet (running, complete, failed, shutdown) → report
 *       it; an assigned task that already ran but whose container vanished is reported failed.
 * </ul>
 */
public final class WorkerReconciliation {
  /** Grace for containers whose task is no longer known, so its stop timeout is neither. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  private WorkerReconciliation() {}

  /**
   * The actions, in the order to carry them out: for each container, a stop comes before its
   * removal and its report.
   *
   * @param assigned the tasks the managers assigned to this node, as last read
   * @param present the containers the runtime holds
   */
  public static List<WorkerAction> plan(List<Task> assigned, List<RuntimeContainer> present) {
    Map<TaskId, RuntimeContainer> byId = new LinkedHashMap<>();
    present.forEach(container -> byId.put(container.id(), container));
    List<WorkerAction> actions = new ArrayList<>();
    for (Task task : assigned) {
      RuntimeContainer container = byId.remove(task.id());
      if (task.desiredState() == DesiredState.RUNNING) {
        planRunning(task, container, actions);
      } else {
        planShutdown(task, container, actions);
      }
    }
    for (RuntimeContainer orphan : byId.values()) {
      if (orphan.running()) {
        actions.add(
            new WorkerAction.StopContainer(
                orphan.id(), DEFAULT_GRACE, "its task is no longer assigned to this node"));
      }
      actions.add(new WorkerAction.RemoveContainer(orphan.id()));
    }
    return List.copyOf(actions);
  }

  private static void planRunning(Task task, RuntimeContainer container, List<WorkerAction> out) {
    if (container == null) {
      if (!task.state().isTerminal() && task.state().ordinal() < TaskState.RUNNING.ordinal()) {
        out.add(new WorkerAction.StartContainer(task));
      } else if (task.state() == TaskState.RUNNING) {
        out.add(report(task, TaskState.FAILED, "the container is gone from its node"));
      }
      return;
    }
    if (container.state() instanceof RuntimeState.Exited exited) {
      reportEnd(task, container, exited, out);
    } else if (task.state().ordinal() < TaskState.RUNNING.ordinal()) {
      out.add(
          new WorkerAction.ReportStatus(
              new TaskStatusReport(task.id(), TaskState.RUNNING, container.runtimeId(), "")));
    }
  }

  private static void planShutdown(Task task, RuntimeContainer container, List<WorkerAction> out) {
    if (container != null && container.running()) {
      out.add(
          new WorkerAction.StopContainer(
              task.id(),
              Duration.ofSeconds(task.stopTimeoutSeconds()),
              "the managers want it shut down"));
    }
    if (!task.state().isTerminal()) {
      String runtimeId = container == null ? task.runtimeContainerId() : container.runtimeId();
      out.add(
          new WorkerAction.ReportStatus(
              new TaskStatusReport(task.id(), TaskState.SHUTDOWN, runtimeId, "")));
    }
  }

  private static void reportEnd(
      Task task, RuntimeContainer container, RuntimeState.Exited exited, List<WorkerAction> out) {
    if (task.state().isTerminal()) {
      return;
    }
    TaskState end = exited.succeeded() ? TaskState.COMPLETE : TaskState.FAILED;
    String error = exited.succeeded() ? "" : exited.reason();
    out.add(
        new WorkerAction.ReportStatus(
            new TaskStatusReport(task.id(), end, container.runtimeId(), error)));
  }

  private static WorkerAction report(Task task, TaskState state, String error) {
    return new WorkerAction.ReportStatus(
        new TaskStatusReport(task.id(), state, task.runtimeContainerId(), error));
  }
}
