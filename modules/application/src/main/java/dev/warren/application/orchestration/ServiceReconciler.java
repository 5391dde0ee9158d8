package dev.warren.application.orchestration;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksRemoved;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.policy.Placement;
import dev.warren.domain.policy.ReplicaAction;
import dev.warren.domain.policy.ReplicaReconciliation;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps every replicated service at its replica count: replaces what ended (by its restart policy),
 * scales up and down, and places new replicas on nodes. One pass reads the state once, decides with
 * {@link ReplicaReconciliation} and {@link Placement}, and commits all new replicas of the pass in
 * one proposal and all stops in another. A replica that fits on no node is not created; the pass
 * reports it pending with the reason, and a later pass tries again. Ended replicas are kept as a
 * bounded history, the last {@value #HISTORY_PER_SLOT} of each slot, and removed with the service
 * once it is gone. Runs on the leader only; not thread-safe (one loop drives it).
 */
public record ServiceReconciler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
  /** Ended replicas kept per slot, newest first, for {@code service ps}. */
  public static final int HISTORY_PER_SLOT = 5;

  /** What one pass did and what it is waiting for. */
  public record Pass(
      List<Task> created,
      List<TaskId> stopped,
      List<TaskId> removed,
      Map<String, String> pending,
      Optional<Instant> nextRestart) {
    public Pass {
      created = List.copyOf(created);
      stopped = List.copyOf(stopped);
      removed = List.copyOf(removed);
      pending = Map.copyOf(pending);
    }

    /** Whether the pass changed nothing. */
    public boolean idle() {
      return created.isEmpty() && stopped.isEmpty() && removed.isEmpty();
    }
  }

  /**
   * One pass over every replicated service.
   *
   * @throws dev.warren.domain.error.UnavailableException if the decisions cannot be committed
   */
  public Pass reconcileOnce() {
    Instant now = StoredTime.now(clock);
    record View(List<Service> services, List<Task> tasks, List<Node> nodes) {}
    View view =
        state.read(
            reader ->
                new View(
                    reader.list(EntityKind.SERVICE),
                    reader.list(EntityKind.TASK),
                    reader.list(EntityKind.NODE)));
    Map<String, List<Task>> byService =
        view.tasks().stream().collect(Collectors.groupingBy(task -> task.serviceId().value()));
    List<Task> toPlace = new ArrayList<>();
    List<TaskId> stops = new ArrayList<>();
    Map<String, String> pending = new HashMap<>();
    Instant nextRestart = null;
    for (Service service : view.services()) {
      if (service.spec().mode() != ServiceMode.REPLICATED) {
        continue;
      }
      List<Task> replicas = byService.getOrDefault(service.id().value(), List.of());
      for (ReplicaAction action : ReplicaReconciliation.plan(service, replicas, now)) {
        switch (action) {
          case ReplicaAction.StartReplica start ->
              toPlace.add(
                  Task.pendingReplica(
                      TaskId.random(), service, start.slot(), Optional.empty(), now));
          case ReplicaAction.StopReplica stop -> stops.add(stop.taskId());
          case ReplicaAction.AwaitRestart wait -> {
            pending.put(
                slotName(service, wait.slot()),
                "restarting at " + wait.at() + " (attempt " + wait.attempt() + ")");
            nextRestart =
                nextRestart == null || wait.at().isBefore(nextRestart) ? wait.at() : nextRestart;
          }
          case ReplicaAction.LeaveEmpty empty ->
              pending.put(slotName(service, empty.slot()), empty.reason());
        }
      }
    }
    Set<TaskId> stopping = Set.copyOf(stops);
    List<Task> live =
        view.tasks().stream()
            .filter(
                t ->
                    t.nodeId().isPresent() && !t.state().isTerminal() && !stopping.contains(t.id()))
            .toList();
    Map<TaskId, Task> byId = new HashMap<>();
    toPlace.forEach(task -> byId.put(task.id(), task));
    List<Task> created = new ArrayList<>();
    for (Placement.Outcome outcome : Placement.place(toPlace, view.nodes(), live)) {
      Task task = byId.get(outcome.taskId());
      switch (outcome) {
        case Placement.Placed placed -> created.add(task.placedOn(placed.node()));
        case Placement.Pending unplaced ->
            pending.put(slotName(task), "pending: " + unplaced.reason());
      }
    }
    if (!created.isEmpty()) {
      Futures.await(
          log.propose(new TasksCreated(created)), "creating " + created.size() + " replicas");
    }
    if (!stops.isEmpty()) {
      Futures.await(
          log.propose(new TasksShutDown(stops)), "stopping " + stops.size() + " replicas");
    }
    List<TaskId> removals = beyondHistory(view.services(), view.tasks());
    if (!removals.isEmpty()) {
      Futures.await(
          log.propose(new TasksRemoved(removals)),
          "removing " + removals.size() + " ended replicas");
    }
    return new Pass(created, stops, removals, pending, Optional.ofNullable(nextRestart));
  }

  /** Ended replicas past each slot's history, and every ended replica of a deleted service. */
  private static List<TaskId> beyondHistory(List<Service> services, List<Task> tasks) {
    var known = services.stream().map(service -> service.id().value()).collect(Collectors.toSet());
    Map<String, List<Task>> endedBySlot =
        tasks.stream()
            .filter(task -> task.state().isTerminal())
            .collect(Collectors.groupingBy(task -> task.serviceId().value() + "/" + task.slot()));
    List<TaskId> removals = new ArrayList<>();
    endedBySlot.forEach(
        (slot, ended) -> {
          boolean serviceGone = !known.contains(ended.get(0).serviceId().value());
          ended.stream()
              .sorted(
                  Comparator.comparing(Task::updatedAt).thenComparing(Task::createdAt).reversed())
              .skip(serviceGone ? 0 : HISTORY_PER_SLOT)
              .forEach(task -> removals.add(task.id()));
        });
    return removals;
  }

  private static String slotName(Service service, int slot) {
    return service.spec().name() + "." + slot;
  }

  private static String slotName(Task task) {
    return task.serviceName() + "." + task.slot();
  }
}
