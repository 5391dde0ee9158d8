package dev.warren.application.worker;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.policy.WorkerAction;
import dev.warren.domain.policy.WorkerReconciliation;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node's agent: reads the node's assignments, compares them with what its runtime holds ({@link
 * WorkerReconciliation}) and carries out the plan — start, stop, remove, report. A pass is
 * idempotent: run it on every change of the assignments and on a timer, and after a restart it
 * adopts what still runs instead of starting it again. A container that cannot be started (no such
 * command, an image this runtime cannot run) is reported failed with the runtime's message; the
 * other containers are unaffected. Not thread-safe: one loop drives it.
 */
public final class WorkerAgent {
  private final NodeId node;
  private final ContainerRuntimePort runtime;
  private final ListContainersUseCase containers;
  private final UpdateContainerStatusUseCase statuses;
  private final ContainerLaunches launches;
  private volatile List<Task> assigned = List.of();

  public WorkerAgent(
      NodeId node,
      ContainerRuntimePort runtime,
      ListContainersUseCase containers,
      UpdateContainerStatusUseCase statuses) {
    this(node, runtime, containers, statuses, ContainerLaunches.withoutReferences());
  }

  public WorkerAgent(
      NodeId node,
      ContainerRuntimePort runtime,
      ListContainersUseCase containers,
      UpdateContainerStatusUseCase statuses,
      ContainerLaunches launches) {
    this.node = node;
    this.runtime = runtime;
    this.containers = containers;
    this.statuses = statuses;
    this.launches = launches;
  }

  /** The node this agent works for. */
  public NodeId node() {
    return node;
  }

  /**
   * One pass over the assignments.
   *
   * @return what it did, in order
   * @throws dev.warren.domain.error.UnavailableException if the assignments cannot be read or a
   *     report cannot be committed now (the next pass tries again)
   */
  public List<WorkerAction> reconcileOnce() {
    assigned =
        containers.list(
            new ListContainersRequest(Optional.empty(), Optional.of(node), ReadConsistency.LOCAL));
    List<WorkerAction> plan = WorkerReconciliation.plan(assigned, runtime.list());
    List<WorkerAction> done = new ArrayList<>(plan.size());
    for (WorkerAction action : plan) {
      done.add(action);
      switch (action) {
        case WorkerAction.StartContainer start -> done.addAll(start(start.task()));
        case WorkerAction.StopContainer stop -> stop(stop);
        case WorkerAction.RemoveContainer remove -> runtime.remove(remove.containerId());
        case WorkerAction.ReportStatus report -> report(report.report());
      }
    }
    return List.copyOf(done);
  }

  /** The node's assignments as the last pass read them. */
  public List<Task> assignments() {
    return assigned;
  }

  /** The containers the runtime holds now. */
  public List<RuntimeContainer> containers() {
    return runtime.list();
  }

  /** The state of every container the runtime holds, as a heartbeat carries them. */
  public List<TaskStatusReport> statuses() {
    return runtime.list().stream().map(WorkerAgent::observed).toList();
  }

  private List<WorkerAction> start(Task task) {
    TaskStatusReport outcome;
    try {
      outcome = observed(runtime.start(launches.resolve(task)));
    } catch (DomainException e) {
      outcome =
          new TaskStatusReport(task.id(), TaskState.FAILED, "", "cannot start: " + e.getMessage());
    }
    report(outcome);
    return List.of(new WorkerAction.ReportStatus(outcome));
  }

  private void stop(WorkerAction.StopContainer stop) {
    try {
      runtime.stop(stop.containerId(), stop.grace());
    } catch (NotFoundException e) {
      // already gone: the plan's report or removal follows
    }
  }

  private void report(TaskStatusReport report) {
    try {
      statuses.update(new UpdateContainerStatusRequest(node, report));
    } catch (NotFoundException | FailedPreconditionException e) {
      // The task was deleted meanwhile, or already ended: nothing left to tell.
    }
  }

  private static TaskStatusReport observed(RuntimeContainer container) {
    return switch (container.state()) {
      case RuntimeState.Running running ->
          new TaskStatusReport(container.id(), TaskState.RUNNING, container.runtimeId(), "");
      case RuntimeState.Exited exited when exited.succeeded() ->
          new TaskStatusReport(container.id(), TaskState.COMPLETE, container.runtimeId(), "");
      case RuntimeState.Exited exited ->
          new TaskStatusReport(
              container.id(), TaskState.FAILED, container.runtimeId(), exited.reason());
    };
  }
}
