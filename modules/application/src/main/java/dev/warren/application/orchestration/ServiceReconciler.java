package dev.warren.application.orchestration;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange.TasksAssigned;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksPending;
import dev.warren.domain.change.TaskChange.TasksRemoved;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.PendingReason;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskAssignment;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.policy.GlobalReconciliation;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps every service at what its spec asks: replicated services at their replica count (replaces
 * what ended by the restart policy, scales up and down, replaces replicas of drained nodes before
 * stopping them), global services on every node that may run them. One pass reads the state once,
 * decides with {@link ReplicaReconciliation}, {@link GlobalReconciliation} and {@link Placement},
 * and commits all new replicas of the pass in one proposal (placed ones on their node, the rest
 * waiting on no node with the reason, which {@code service ps} shows), the placements of replicas
 * that waited in another, reasons that changed in another, and all stops in another; a kind with
 * more than {@value #MAX_PER_PROPOSAL} items goes in several proposals of at most that many, so no
 * log entry grows past what the log accepts (a replica encodes to about half a kilobyte; a log
 * entry may hold 8 MB). Every proposal is a {@link LeaderDecision} of the term this manager leads
 * in, so what a deposed leader decided is refused by the apply logic; a manager that does not lead
 * does nothing. Ended replicas are kept as a bounded history, the last {@value #HISTORY_PER_SLOT}
 * of each slot (of each node for a global service), and removed with the service once it is gone.
 * Runs on the leader only; not thread-safe (one loop drives it).
 */
public record ServiceReconciler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {
  /** Ended replicas kept per slot, newest first, for {@code service ps}. */
  public static final int HISTORY_PER_SLOT = 5;

  /** The most replicas (or ids) one proposal carries. */
  public static final int MAX_PER_PROPOSAL = 2_000;

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

    /** A pass of a manager that does not lead: nothing decided. */
    static Pass notLeading() {
      return new Pass(List.of(), List.of(), List.of(), Map.of(), Optional.empty());
    }

    /** Whether the pass changed nothing. */
    public boolean idle() {
      return created.isEmpty() && stopped.isEmpty() && removed.isEmpty();
    }
  }

  /** The state one pass decides on. */
  private record View(
      List<Service> services,
      List<Task> tasks,
      List<Node> nodes,
      List<Volume> volumes,
      List<Rollout> rollouts) {}

  /**
   * One pass over every service; nothing when this manager does not lead.
   *
   * @throws dev.warren.domain.error.UnavailableException if the decisions cannot be committed
   */
  public Pass reconcileOnce() {
    OptionalLong term = log.leaderTerm();
    if (term.isEmpty()) {
      return Pass.notLeading();
    }
    Instant now = StoredTime.now(clock);
    View view =
        state.read(
            reader ->
                new View(
                    reader.list(EntityKind.SERVICE),
                    reader.list(EntityKind.TASK),
                    reader.list(EntityKind.NODE),
                    reader.list(EntityKind.VOLUME),
                    reader.list(EntityKind.ROLLOUT)));
    return new Decisions(term.getAsLong(), now, view).decide();
  }

  /** One pass's decisions, collected, then committed. */
  private final class Decisions {
    final long term;
    final Instant now;
    final View view;
    final Map<TaskId, Task> byId = new HashMap<>();
    final List<Task> toPlace = new ArrayList<>();
    final Set<TaskId> waiting = new HashSet<>();
    final List<TaskId> stops = new ArrayList<>();
    final Map<TaskId, String> reasons = new LinkedHashMap<>();
    final Map<String, String> pending = new HashMap<>();
    final List<Task> unplacedNew = new ArrayList<>();
    Instant nextRestart;

    Decisions(long term, Instant now, View view) {
      this.term = term;
      this.now = now;
      this.view = view;
      view.tasks().forEach(task -> byId.put(task.id(), task));
    }

    Pass decide() {
      Map<ServiceId, List<Task>> byService =
          view.tasks().stream().collect(Collectors.groupingBy(Task::serviceId));
      Set<NodeId> draining =
          view.nodes().stream()
              .filter(node -> node.availability() == NodeAvailability.DRAIN)
              .map(Node::id)
              .collect(Collectors.toSet());
      Set<ServiceId> rollingOut =
          view.rollouts().stream()
              .filter(rollout -> !rollout.state().isFinished())
              .map(Rollout::serviceId)
              .collect(Collectors.toSet());
      for (Service service : view.services()) {
        List<Task> replicas = byService.getOrDefault(service.id(), List.of());
        List<ReplicaAction> actions =
            service.spec().mode() == ServiceMode.GLOBAL
                ? GlobalReconciliation.plan(service, replicas, view.nodes(), now)
                : ReplicaReconciliation.plan(
                    service, replicas, draining, rollingOut.contains(service.id()), now);
        for (ReplicaAction action : actions) {
          act(service, replicas, action);
        }
      }
      return commit();
    }

    void act(Service service, List<Task> replicas, ReplicaAction action) {
      switch (action) {
        case ReplicaAction.StartReplica start ->
            toPlace.add(newReplica(service, start.slot(), null));
        case ReplicaAction.StartReplicaOn start ->
            toPlace.add(newReplica(service, 0, start.node()));
        case ReplicaAction.PlaceReplica place -> {
          toPlace.add(byId.get(place.taskId()));
          waiting.add(place.taskId());
        }
        case ReplicaAction.StopReplica stop -> stops.add(stop.taskId());
        case ReplicaAction.AwaitRestart wait -> {
          String reason = "restart backoff: attempt " + wait.attempt() + " at " + wait.at();
          pending.put(slotName(service, wait.slot()), reason);
          nextRestart =
              nextRestart == null || wait.at().isBefore(nextRestart) ? wait.at() : nextRestart;
          if (service.spec().mode() == ServiceMode.REPLICATED) {
            Optional<Task> waitingTask =
                replicas.stream()
                    .filter(task -> task.slot() == wait.slot() && task.isUnplaced())
                    .findFirst();
            if (waitingTask.isPresent()) {
              if (!waitingTask.get().error().equals(reason)) {
                reasons.put(waitingTask.get().id(), reason);
              }
            } else {
              Task task = newReplica(service, wait.slot(), null).pendingBecause(reason, false);
              unplacedNew.add(task);
            }
          }
        }
        case ReplicaAction.LeaveEmpty empty ->
            pending.put(slotName(service, empty.slot()), empty.reason());
      }
    }

    Task newReplica(Service service, int slot, NodeId node) {
      Task task =
          Task.pendingReplica(TaskId.random(), service, slot, Optional.ofNullable(node), now);
      byId.put(task.id(), task);
      return task;
    }

    Pass commit() {
      Set<TaskId> stopping = Set.copyOf(stops);
      Set<TaskId> placing = toPlace.stream().map(Task::id).collect(Collectors.toSet());
      List<Task> live =
          view.tasks().stream()
              .filter(
                  t ->
                      t.nodeId().isPresent()
                          && !t.state().isTerminal()
                          && !stopping.contains(t.id())
                          && !placing.contains(t.id()))
              .toList();
      Map<ServiceId, ServiceSpec> specs = new HashMap<>();
      view.services().forEach(service -> specs.put(service.id(), service.spec()));
      Map<String, NodeId> volumeNodes = new HashMap<>();
      for (Volume volume : view.volumes()) {
        volume.nodeId().ifPresent(node -> volumeNodes.put(volume.name(), node));
      }
      var cluster = new Placement.ClusterView(view.nodes(), live, specs, volumeNodes);
      List<Task> created = new ArrayList<>();
      List<Task> createdWaiting = new ArrayList<>(unplacedNew);
      List<TaskAssignment> assignments = new ArrayList<>();
      for (Placement.Outcome outcome : Placement.place(toPlace, cluster)) {
        Task task = byId.get(outcome.taskId());
        boolean existing = waiting.contains(task.id());
        switch (outcome) {
          case Placement.Placed placed -> {
            if (existing) {
              assignments.add(new TaskAssignment(task.id(), placed.node()));
            } else {
              created.add(task.placedOn(placed.node()));
            }
          }
          case Placement.Pending unplaced -> {
            String reason = "pending: " + unplaced.reason();
            pending.put(slotName(task), reason);
            if (existing) {
              if (!task.error().equals(reason)) {
                reasons.put(task.id(), reason);
              }
            } else if (task.nodeId().isEmpty()) {
              // A global replica that does not fit its node is not created; the next pass tries.
              createdWaiting.add(task.pendingBecause(truncated(reason), false));
            }
          }
        }
      }
      List<Task> allNew = new ArrayList<>(created);
      allNew.addAll(createdWaiting);
      propose(allNew, TasksCreated::new, "creating %d replicas");
      propose(assignments, TasksAssigned::new, "placing %d waiting replicas");
      List<PendingReason> changed = new ArrayList<>();
      reasons.forEach((id, reason) -> changed.add(new PendingReason(id, truncated(reason))));
      propose(changed, TasksPending::new, "noting why %d replicas wait");
      propose(stops, TasksShutDown::new, "stopping %d replicas");
      List<TaskId> removals = beyondHistory(view.services(), view.tasks());
      propose(removals, TasksRemoved::new, "removing %d ended replicas");
      List<Task> reported = new ArrayList<>(created);
      assignments.forEach(a -> reported.add(byId.get(a.taskId()).assignedTo(a.nodeId())));
      return new Pass(reported, stops, removals, pending, Optional.ofNullable(nextRestart));
    }

    /** Proposes {@code items} in changes of at most {@link #MAX_PER_PROPOSAL}; none if empty. */
    <T> void propose(List<T> items, Function<List<T>, StateChange> change, String what) {
      for (int from = 0; from < items.size(); from += MAX_PER_PROPOSAL) {
        List<T> chunk = items.subList(from, Math.min(items.size(), from + MAX_PER_PROPOSAL));
        Futures.await(
            log.propose(new LeaderDecision(term, change.apply(List.copyOf(chunk)))),
            what.formatted(chunk.size()));
      }
    }
  }

  private static String truncated(String reason) {
    return reason.length() <= PendingReason.MAX_CHARS
        ? reason
        : reason.substring(0, PendingReason.MAX_CHARS - 1) + "…";
  }

  /**
   * Ended replicas past each slot's history (each node's, for a global service), and every ended
   * replica of a deleted service.
   */
  private static List<TaskId> beyondHistory(List<Service> services, List<Task> tasks) {
    Map<ServiceId, ServiceMode> modes = new HashMap<>();
    services.forEach(service -> modes.put(service.id(), service.spec().mode()));
    Map<String, List<Task>> endedBySlot =
        tasks.stream()
            .filter(task -> task.state().isTerminal())
            .collect(
                Collectors.groupingBy(
                    task ->
                        task.serviceId().value()
                            + "/"
                            + (modes.get(task.serviceId()) == ServiceMode.GLOBAL
                                ? task.nodeId().map(NodeId::value).orElse("")
                                : String.valueOf(task.slot()))));
    List<TaskId> removals = new ArrayList<>();
    endedBySlot.forEach(
        (slot, ended) -> {
          boolean serviceGone = !modes.containsKey(ended.get(0).serviceId());
          ended.stream()
              .sorted(
                  Comparator.comparing(Task::updatedAt).thenComparing(Task::createdAt).reversed())
              .skip(serviceGone ? 0 : HISTORY_PER_SLOT)
              .forEach(task -> removals.add(task.id()));
        });
    return removals;
  }

  private static String slotName(Service service, int slot) {
    return service.spec().mode() == ServiceMode.GLOBAL
        ? service.spec().name()
        : service.spec().name() + "." + slot;
  }

  /** A new replicated replica by its slot, a global one (which names its node) by its node. */
  private static String slotName(Task task) {
    return task.nodeId()
        .map(node -> task.serviceName() + "@" + node)
        .orElse(task.serviceName() + "." + task.slot());
  }
}
