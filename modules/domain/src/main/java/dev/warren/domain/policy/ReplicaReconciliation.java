package dev.warren.domain.policy;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Desired against observed for a replicated service, slot by slot: slots {@code 0 .. replicas-1}
 * each want one live replica (desired running, not ended).
 *
 * <ul>
 *   <li>a slot without any replica yet gets one;
 *   <li>a slot whose replica ended gets a new one if the restart policy's condition allows ({@code
 *       any}; {@code on-failure} only after a failure; {@code none} never), after the policy's
 *       delay doubled for each consecutive failed attempt (capped at {@link #MAX_DELAY}), until max
 *       attempts (0 = no limit) counted within the policy's window (0 = no window); a replica the
 *       managers shut down themselves is replaced at once and counts as no attempt;
 *   <li>a slot whose live replica waits on no node (backing off, or no node fitted) has it placed
 *       once its delay is over;
 *   <li>a slot whose live replica is on a draining node gets a replacement first; the drained
 *       replica is stopped once the replacement runs (or fits nowhere), so the service never has
 *       fewer running replicas than it had;
 *   <li>a slot with two live replicas otherwise keeps the newer; slots at or above {@code replicas}
 *       are shut down, highest slot first.
 * </ul>
 *
 * Pure: time comes in as {@code now}, and the result is only what to do.
 */
public final class ReplicaReconciliation {
  /** The longest a restart waits, however many attempts failed. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(5);

  private ReplicaReconciliation() {}

  /** What to do for {@code service}, given all its replicas (ended ones included). */
  public static List<ReplicaAction> plan(Service service, List<Task> replicas, Instant now) {
    return plan(service, replicas, Set.of(), now);
  }

  /**
   * What to do for {@code service}, given all its replicas (ended ones included) and the nodes
   * being drained.
   */
  public static List<ReplicaAction> plan(
      Service service, List<Task> replicas, Set<NodeId> draining, Instant now) {
    return plan(service, replicas, draining, false, now);
  }

  /**
   * As {@link #plan(Service, List, Set, Instant)}; while {@code rollingOut} (the service has a
   * rollout that has not finished), a slot's older live replica that is not drained is left to the
   * deployer, which stops it when the rollout's rules allow (a start-first successor is ready, a
   * blue-green switch, a canary step), instead of being stopped at once for the newer.
   */
  public static List<ReplicaAction> plan(
      Service service, List<Task> replicas, Set<NodeId> draining, boolean rollingOut, Instant now) {
    Map<Integer, List<Task>> bySlot = new TreeMap<>(Comparator.reverseOrder());
    for (Task replica : replicas) {
      bySlot.computeIfAbsent(replica.slot(), slot -> new ArrayList<>()).add(replica);
    }
    int wanted = service.spec().replicas();
    List<ReplicaAction> actions = new ArrayList<>();
    // Highest slots first, so a scale-down stops the newest slots before the oldest.
    bySlot.forEach(
        (slot, inSlot) -> {
          if (slot >= wanted) {
            live(inSlot)
                .forEach(t -> actions.add(new ReplicaAction.StopReplica(t.id(), "scaled down")));
          }
        });
    for (int slot = 0; slot < wanted; slot++) {
      planSlot(
          slot,
          bySlot.getOrDefault(slot, List.of()),
          service.spec().restartPolicy(),
          draining,
          rollingOut,
          now,
          actions);
    }
    return List.copyOf(actions);
  }

  /**
   * The plan of one slot (of a replicated service, or of a global service on one node): {@code
   * inSlot} are its replicas, ended ones included.
   */
  static void planSlot(
      int slot,
      List<Task> inSlot,
      RestartPolicy policy,
      Set<NodeId> draining,
      Instant now,
      List<ReplicaAction> out) {
    planSlot(slot, inSlot, policy, draining, false, now, out);
  }

  /**
   * {@link #planSlot}, leaving a slot's older replicas to the deployer while {@code rollingOut}.
   */
  static void planSlot(
      int slot,
      List<Task> inSlot,
      RestartPolicy policy,
      Set<NodeId> draining,
      boolean rollingOut,
      Instant now,
      List<ReplicaAction> out) {
    // Newest first. Two replicas created in the same instant (a drain's replacement decided in the
    // pass that saw the drain) are told apart by where they run: a replacement never lands on a
    // draining node, so the one off it is the newer.
    Comparator<Task> newestFirst =
        Comparator.comparing(Task::createdAt)
            .thenComparing(task -> task.nodeId().filter(draining::contains).isEmpty())
            .reversed();
    List<Task> live = live(inSlot).stream().sorted(newestFirst).toList();
    if (!live.isEmpty()) {
      Task newest = live.get(0);
      for (Task older : live.subList(1, live.size())) {
        boolean drained = older.nodeId().filter(draining::contains).isPresent();
        boolean replacementUp = newest.state() == TaskState.RUNNING || newest.isUnplaced();
        if (rollingOut && !drained) {
          continue;
        }
        if (!drained || replacementUp || older.state() != TaskState.RUNNING) {
          out.add(
              new ReplicaAction.StopReplica(
                  older.id(),
                  drained
                      ? "drained: its replacement runs in slot " + slot
                      : "a newer replica runs in slot " + slot));
        }
      }
      if (newest.isUnplaced()) {
        restart(slot, ended(inSlot), policy, now, out, newest);
      } else if (live.size() == 1 && newest.nodeId().filter(draining::contains).isPresent()) {
        out.add(new ReplicaAction.StartReplica(slot, 1));
      }
      return;
    }
    restart(slot, ended(inSlot), policy, now, out, null);
  }

  /** The restart decision for a slot without a placed live replica; {@code waiting} may be null. */
  private static void restart(
      int slot,
      List<Task> ended,
      RestartPolicy policy,
      Instant now,
      List<ReplicaAction> out,
      Task waiting) {
    if (ended.isEmpty()) {
      out.add(start(slot, 1, waiting));
      return;
    }
    Task last = ended.get(ended.size() - 1);
    if (last.desiredState() == DesiredState.SHUTDOWN) {
      out.add(start(slot, 1, waiting));
      return;
    }
    if (!restartAllowed(policy.condition(), last.state())) {
      if (waiting == null) {
        out.add(
            new ReplicaAction.LeaveEmpty(
                slot,
                "restart condition "
                    + policy.condition().wireName()
                    + ": not restarted after "
                    + describe(last)));
      } else {
        out.add(start(slot, 1, waiting));
      }
      return;
    }
    int attempts = consecutiveEnds(ended);
    int counted = countedAttempts(ended, policy, now);
    // Max attempts counts restarts, as Docker's does: the first run is no restart, so a slot gives
    // up when its ends (first run included) outnumber the restarts it may have.
    if (waiting == null && policy.maxAttempts() > 0 && counted > policy.maxAttempts()) {
      int restarts = counted - 1;
      out.add(
          new ReplicaAction.LeaveEmpty(
              slot,
              "gave up after "
                  + restarts
                  + (restarts == 1 ? " restart" : " restarts")
                  + " (max "
                  + policy.maxAttempts()
                  + (policy.windowSeconds() > 0 ? " in " + policy.windowSeconds() + "s" : "")
                  + "): "
                  + describe(last)));
      return;
    }
    Instant at = last.updatedAt().plus(delay(policy, attempts));
    if (now.isBefore(at)) {
      out.add(new ReplicaAction.AwaitRestart(slot, at, attempts + 1));
    } else {
      out.add(start(slot, attempts + 1, waiting));
    }
  }

  private static ReplicaAction start(int slot, int attempt, Task waiting) {
    return waiting == null
        ? new ReplicaAction.StartReplica(slot, attempt)
        : new ReplicaAction.PlaceReplica(waiting.id(), slot);
  }

  /** The wait before attempt {@code attempts + 1}: the delay, doubled per attempt, capped. */
  static Duration delay(RestartPolicy policy, int attempts) {
    Duration base = Duration.ofSeconds(policy.delaySeconds());
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static boolean restartAllowed(RestartCondition condition, TaskState end) {
    return switch (condition) {
      case ANY -> true;
      case ON_FAILURE -> end == TaskState.FAILED;
      case NONE -> false;
    };
  }

  /** How many replicas in a row, counting back from the last, ended on their own. */
  private static int consecutiveEnds(List<Task> ended) {
    int count = 0;
    for (int i = ended.size() - 1; i >= 0; i--) {
      Task task = ended.get(i);
      if (task.desiredState() == DesiredState.SHUTDOWN) {
        break;
      }
      count++;
    }
    return count;
  }

  /** The consecutive ends that count against max attempts: those within the window, if any. */
  private static int countedAttempts(List<Task> ended, RestartPolicy policy, Instant now) {
    if (policy.windowSeconds() == 0) {
      return consecutiveEnds(ended);
    }
    Instant since = now.minusSeconds(policy.windowSeconds());
    int count = 0;
    for (int i = ended.size() - 1; i >= 0; i--) {
      Task task = ended.get(i);
      if (task.desiredState() == DesiredState.SHUTDOWN || task.updatedAt().isBefore(since)) {
        break;
      }
      count++;
    }
    return count;
  }

  private static List<Task> ended(List<Task> inSlot) {
    // Not live: ended, or wanted shut down (a replica of a node that went down may never report).
    return inSlot.stream()
        .filter(t -> t.desiredState() != DesiredState.RUNNING || t.state().isTerminal())
        .sorted(Comparator.comparing(Task::updatedAt).thenComparing(Task::createdAt))
        .toList();
  }

  private static List<Task> live(List<Task> inSlot) {
    return inSlot.stream()
        .filter(t -> t.desiredState() == DesiredState.RUNNING && !t.state().isTerminal())
        .toList();
  }

  private static String describe(Task task) {
    return task.error().isEmpty()
        ? "its replica " + task.state().wireName()
        : "its replica " + task.state().wireName() + " (" + task.error() + ")";
  }
}
