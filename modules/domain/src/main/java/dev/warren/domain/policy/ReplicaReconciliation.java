package dev.warren.domain.policy;

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
 *       attempts (0 = no limit); a replica the managers shut down themselves is replaced at once
 *       and counts as no attempt;
 *   <li>a slot with two live replicas keeps the newer; slots at or above {@code replicas} are shut
 *       down, highest slot first.
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
          slot, bySlot.getOrDefault(slot, List.of()), service.spec().restartPolicy(), now, actions);
    }
    return List.copyOf(actions);
  }

  private static void planSlot(
      int slot, List<Task> inSlot, RestartPolicy policy, Instant now, List<ReplicaAction> out) {
    List<Task> live = live(inSlot);
    if (!live.isEmpty()) {
      live.stream()
          .sorted(Comparator.comparing(Task::createdAt).reversed())
          .skip(1)
          .forEach(
              t ->
                  out.add(
                      new ReplicaAction.StopReplica(
                          t.id(), "a newer replica runs in slot " + slot)));
      return;
    }
    List<Task> ended =
        inSlot.stream()
            .sorted(Comparator.comparing(Task::updatedAt).thenComparing(Task::createdAt))
            .toList();
    if (ended.isEmpty()) {
      out.add(new ReplicaAction.StartReplica(slot, 1));
      return;
    }
    Task last = ended.get(ended.size() - 1);
    if (last.desiredState() == DesiredState.SHUTDOWN) {
      out.add(new ReplicaAction.StartReplica(slot, 1));
      return;
    }
    if (!restartAllowed(policy.condition(), last.state())) {
      out.add(
          new ReplicaAction.LeaveEmpty(
              slot,
              "restart condition "
                  + policy.condition().wireName()
                  + ": not restarted after "
                  + describe(last)));
      return;
    }
    int attempts = consecutiveEnds(ended);
    if (policy.maxAttempts() > 0 && attempts >= policy.maxAttempts()) {
      out.add(
          new ReplicaAction.LeaveEmpty(
              slot,
              "gave up after "
                  + attempts
                  + " attempts (max "
                  + policy.maxAttempts()
                  + "): "
                  + describe(last)));
      return;
    }
    Instant at = last.updatedAt().plus(delay(policy, attempts));
    if (now.isBefore(at)) {
      out.add(new ReplicaAction.AwaitRestart(slot, at, attempts + 1));
    } else {
      out.add(new ReplicaAction.StartReplica(slot, attempts + 1));
    }
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
