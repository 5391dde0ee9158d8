package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.PendingReason;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskAssignment;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Changes to tasks (containers): created by the scheduler, reported on by their nodes. */
public sealed interface TaskChange extends StateChange {

  /** Ids of the tasks this change writes, in the order it writes them. */
  List<TaskId> taskIds();

  /**
   * Ids of the tasks {@code change} wrote, read from the state right after it was applied: the
   * tasks a task change names, and those a cascade reached (a deleted service's, a removed node's).
   * Empty for changes that do not touch tasks.
   */
  static Set<TaskId> touchedBy(StateChange change, StateReader after) {
    return switch (change) {
      case TaskChange taskChange -> new LinkedHashSet<>(taskChange.taskIds());
      case ServiceChange.ServiceDeleted deleted ->
          idsWhere(after, task -> task.serviceId().equals(deleted.serviceId()));
      case NodeChange.NodeRemoved removed -> idsWhere(after, task -> task.isOn(removed.nodeId()));
      case NodeChange.NodeMarkedDown down -> idsWhere(after, task -> task.isOn(down.nodeId()));
      case LeaderDecision decision -> touchedBy(decision.change(), after);
      default -> Set.of();
    };
  }

  /**
   * Sets the desired state of every task matching {@code selected} that still should run to
   * SHUTDOWN: the cascade of deleting its service or removing its node. Its node stops it and
   * reports the final state; the reconciler replaces it if its service still wants replicas.
   */
  static void shutDownWhere(StateWriter state, Predicate<Task> selected) {
    for (Task task : state.list(EntityKind.TASK)) {
      if (selected.test(task) && task.desiredState() != DesiredState.SHUTDOWN) {
        state.put(EntityKind.TASK, task.withDesiredState(DesiredState.SHUTDOWN));
      }
    }
  }

  private static Set<TaskId> idsWhere(StateReader state, Predicate<Task> selected) {
    var ids = new LinkedHashSet<TaskId>();
    for (Task task : state.list(EntityKind.TASK)) {
      if (selected.test(task)) {
        ids.add(task.id());
      }
    }
    return ids;
  }

  private static Task existing(StateReader state, TaskId id) {
    return ApplySteps.existing(state, EntityKind.TASK, "container", id.value());
  }

  /**
   * New tasks, placed by the scheduler. Every id must be new, every service must exist, and a task
   * that names a node must name a registered one; otherwise none is created.
   */
  record TasksCreated(List<Task> tasks) implements TaskChange {
    public TasksCreated {
      tasks = Checks.nonEmptyList("containers", tasks);
    }

    @Override
    public List<TaskId> taskIds() {
      return tasks.stream().map(Task::id).toList();
    }

    @Override
    public void applyTo(StateWriter state) {
      var seen = new HashSet<TaskId>();
      for (Task task : tasks) {
        if (!seen.add(task.id()) || state.get(EntityKind.TASK, task.id().value()).isPresent()) {
          throw new AlreadyExistsException("container already exists: " + task.id());
        }
        ServiceId service = task.serviceId();
        if (state.get(EntityKind.SERVICE, service.value()).isEmpty()) {
          throw new NotFoundException(
              "service not found: " + service + " (for container " + task.id() + ")");
        }
        if (task.nodeId().isPresent()
            && state.get(EntityKind.NODE, task.nodeId().get().value()).isEmpty()) {
          throw new NotFoundException(
              "node not found: " + task.nodeId().get() + " (for container " + task.id() + ")");
        }
      }
      tasks.forEach(task -> state.put(EntityKind.TASK, task));
    }
  }

  /**
   * A node reported a new state of one of its tasks (UpdateContainerStatus). Refused with
   * PERMISSION_DENIED if the task is not on that node, with FAILED_PRECONDITION if the state would
   * go backwards or leave a terminal state.
   */
  record TaskStateReported(NodeId nodeId, TaskStatusReport report, Instant at)
      implements TaskChange {
    public TaskStateReported {
      Checks.notNull("node id", nodeId);
      Checks.notNull("report", report);
      Checks.notNull("reported at", at);
    }

    @Override
    public List<TaskId> taskIds() {
      return List.of(report.taskId());
    }

    @Override
    public void applyTo(StateWriter state) {
      Task task = existing(state, report.taskId());
      if (!task.isOn(nodeId)) {
        throw new PermissionDeniedException(
            "container "
                + task.id()
                + " is not assigned to node "
                + nodeId
                + "; a node reports only on its own containers");
      }
      state.put(
          EntityKind.TASK,
          task.moveTo(report.state(), report.runtimeContainerId(), report.error(), at));
    }
  }

  /**
   * The task states a node listed in a heartbeat. Best effort, unlike {@link TaskStateReported}:
   * reports on unknown tasks, on tasks of other nodes, that change nothing or that would move a
   * state backwards (a heartbeat racing a newer report) are skipped, so a stale line never makes a
   * node's liveness report fail.
   */
  record TaskStatesObserved(NodeId nodeId, List<TaskStatusReport> reports, Instant at)
      implements TaskChange {
    public TaskStatesObserved {
      Checks.notNull("node id", nodeId);
      reports = Checks.list("container statuses", reports);
      Checks.notNull("observed at", at);
    }

    @Override
    public List<TaskId> taskIds() {
      return reports.stream().map(TaskStatusReport::taskId).distinct().toList();
    }

    @Override
    public void applyTo(StateWriter state) {
      for (TaskStatusReport report : reports) {
        state
            .get(EntityKind.TASK, report.taskId().value())
            .filter(task -> task.isOn(nodeId))
            .filter(task -> task.state().canMoveTo(report.state()))
            .ifPresent(
                task ->
                    state.put(
                        EntityKind.TASK,
                        task.moveTo(
                            report.state(), report.runtimeContainerId(), report.error(), at)));
      }
    }
  }

  /** A task's probes changed its health (healthy and unhealthy, either way). */
  record TaskHealthChanged(TaskId taskId, TaskHealth health) implements TaskChange {
    public TaskHealthChanged {
      Checks.notNull("container id", taskId);
      Checks.notNull("health", health);
    }

    @Override
    public List<TaskId> taskIds() {
      return List.of(taskId);
    }

    @Override
    public void applyTo(StateWriter state) {
      Task task = existing(state, taskId);
      if (task.health() != health) {
        state.put(EntityKind.TASK, task.withHealth(health));
      }
    }
  }

  /**
   * The managers want these tasks stopped (scale down, rollout, replacement). Every id must exist;
   * tasks already meant to be shut down are left as they are.
   */
  record TasksShutDown(List<TaskId> taskIds) implements TaskChange {
    public TasksShutDown {
      taskIds = Checks.nonEmptyList("container ids", taskIds);
    }

    @Override
    public void applyTo(StateWriter state) {
      List<Task> tasks = taskIds.stream().distinct().map(id -> existing(state, id)).toList();
      for (Task task : tasks) {
        if (task.desiredState() != DesiredState.SHUTDOWN) {
          state.put(EntityKind.TASK, task.withDesiredState(DesiredState.SHUTDOWN));
        }
      }
    }
  }

  /**
   * Ended tasks leave the state: the bounded history of a slot drops its oldest. Every id must
   * exist and be in a terminal state; a task that may still run is never removed.
   */
  record TasksRemoved(List<TaskId> taskIds) implements TaskChange {
    public TasksRemoved {
      taskIds = Checks.nonEmptyList("container ids", taskIds);
    }

    @Override
    public void applyTo(StateWriter state) {
      List<Task> tasks = taskIds.stream().distinct().map(id -> existing(state, id)).toList();
      for (Task task : tasks) {
        if (!task.state().isTerminal()) {
          throw new FailedPreconditionException(
              "container "
                  + task.id()
                  + " is "
                  + task.state().wireName()
                  + ": only ended containers are removed");
        }
      }
      tasks.forEach(task -> state.delete(EntityKind.TASK, task.id().value()));
    }
  }

  /**
   * Waiting containers placed by a later scheduler pass. A container that no longer waits (shut
   * down, or placed meanwhile) is left as it is; a node that is gone refuses the whole change.
   */
  record TasksAssigned(List<TaskAssignment> assignments) implements TaskChange {
    public TasksAssigned {
      assignments = Checks.nonEmptyList("assignments", assignments);
    }

    @Override
    public List<TaskId> taskIds() {
      return assignments.stream().map(TaskAssignment::taskId).toList();
    }

    @Override
    public void applyTo(StateWriter state) {
      for (TaskAssignment assignment : assignments) {
        ApplySteps.existing(state, EntityKind.NODE, "node", assignment.nodeId().value());
      }
      for (TaskAssignment assignment : assignments) {
        Task task = existing(state, assignment.taskId());
        if (task.isUnplaced()) {
          state.put(EntityKind.TASK, task.assignedTo(assignment.nodeId()));
        }
      }
    }
  }

  /**
   * Why waiting containers still wait (a scheduler pass found no node, or a restart backs off);
   * containers that no longer wait are left as they are.
   */
  record TasksPending(List<PendingReason> reasons) implements TaskChange {
    public TasksPending {
      reasons = Checks.nonEmptyList("pending reasons", reasons);
    }

    @Override
    public List<TaskId> taskIds() {
      return reasons.stream().map(PendingReason::taskId).toList();
    }

    @Override
    public void applyTo(StateWriter state) {
      for (PendingReason pending : reasons) {
        Task task = existing(state, pending.taskId());
        if (task.isUnplaced() && !task.error().equals(pending.reason())) {
          state.put(EntityKind.TASK, task.pendingBecause(pending.reason(), true));
        }
      }
    }
  }
}
