package dev.warren.domain.policy;

import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The next step of a rollout, decided from the service, its rollout record and its replicas alone,
 * so that any manager that leads next decides the same step: which replicas run the new spec is
 * read off the replicas ({@link Task#runs}), how far the rollout got (and since when) off the
 * record. Nothing is redone: a batch whose replicas run the new spec is never replaced again.
 *
 * <ul>
 *   <li>A new replica is <b>ready</b> once running and, with a health check, healthy. It has
 *       <b>failed</b> when it ended on its own, was reported unhealthy, or is not ready when the
 *       update's health-check grace period (from its creation; 0 = no limit) is over. When more
 *       than the failure threshold (percent of the replicas made for the rollout) failed, the
 *       failure action applies: pause (the rollout waits, saying why), continue, or roll back (also
 *       when auto rollback is on). Blue-green and canary updates always roll back; a rollback never
 *       rolls back again, it pauses.
 *   <li><b>Rolling</b>: batches of {@code parallelism} (0 = all), each started once the previous
 *       one is ready and the delay after it has passed. With a max surge the batch is started first
 *       (a new replica beside the old one of its slot, never more than max surge extra replicas),
 *       and the old replica is stopped once its successor is ready; otherwise the old replicas are
 *       stopped first, never taking the running, not unhealthy replicas below {@code desired - max
 *       unavailable} (max unavailable 0 means the batch size), replicas that are not serving being
 *       replaced first. The step is the batches done, of {@code ceil(replicas / parallelism)}.
 *   <li><b>Blue-green</b>: a new replica beside each old one; once all are ready (step 1), the
 *       blue-green grace period, then all old ones stop at once (step 2).
 *   <li><b>Canary</b>: steps of weight (the canary steps, else the canary weight then 100, else 10,
 *       50, 100 percent); each step starts new replicas beside old ones until its share runs the
 *       new spec, stops the old replica of each slot whose successor is ready, and is held for the
 *       stability window before the next.
 * </ul>
 *
 * Pure: time comes in as {@code now}, and the result is only what to do.
 */
public final class RolloutPlanning {
  /** Canary weights when the update config names none. */
  public static final List<Integer> DEFAULT_CANARY_STEPS = List.of(10, 50, 100);

  private RolloutPlanning() {}

  /**
   * The next step of {@code rollout}, an active rollout of {@code service}, given all the service's
   * replicas (ended ones included).
   */
  public static RolloutStep plan(
      Service service, Rollout rollout, List<Task> replicas, Instant now) {
    return new Pass(service, rollout, replicas, now).decide();
  }

  /** The weights of a canary rollout's steps, ending at 100. */
  public static List<Integer> canarySteps(UpdateConfig config) {
    List<Integer> steps =
        !config.canarySteps().isEmpty()
            ? config.canarySteps()
            : config.canaryWeight() > 0 && config.canaryWeight() < 100
                ? List.of(config.canaryWeight(), 100)
                : DEFAULT_CANARY_STEPS;
    List<Integer> increasing = new ArrayList<>();
    for (int weight : steps) {
      if (weight > 0 && (increasing.isEmpty() || weight > increasing.getLast())) {
        increasing.add(weight);
      }
    }
    if (increasing.isEmpty() || increasing.getLast() != 100) {
      increasing.add(100);
    }
    return List.copyOf(increasing);
  }

  /** Whether the task should run: desired running and not ended. */
  static boolean live(Task task) {
    return task.desiredState() == DesiredState.RUNNING && !task.state().isTerminal();
  }

  /** Whether the task serves: running and not reported unhealthy. */
  static boolean serving(Task task) {
    return task.state() == TaskState.RUNNING && task.health() != TaskHealth.UNHEALTHY;
  }

  /** Whether a new replica counts as updated: running and, with a health check, healthy. */
  public static boolean ready(Task task) {
    return task.state() == TaskState.RUNNING
        && (task.healthCheck().isEmpty() || task.health() == TaskHealth.HEALTHY);
  }

  /** One decision over one service. */
  private static final class Pass {
    final Service service;
    final ServiceSpec spec;
    final Rollout rollout;
    final UpdateConfig config;
    final Instant now;
    final boolean replicated;
    final int desired;
    final List<Task> live;
    final List<Task> fresh;
    final List<Task> outdated;
    final List<Task> made;
    final List<Task> failed;
    String continuedReason;

    Pass(Service service, Rollout rollout, List<Task> replicas, Instant now) {
      this.service = service;
      this.spec = service.spec();
      this.rollout = rollout;
      this.config = rollout.updateConfig();
      this.now = now;
      this.replicated = spec.mode() == ServiceMode.REPLICATED;
      Comparator<Task> bySlot = Comparator.comparingInt(Task::slot).thenComparing(Task::createdAt);
      this.live = replicas.stream().filter(RolloutPlanning::live).sorted(bySlot).toList();
      this.fresh = live.stream().filter(t -> t.runs(spec)).toList();
      this.outdated = live.stream().filter(t -> !t.runs(spec)).toList();
      this.made =
          replicas.stream()
              .filter(t -> t.runs(spec) && !t.createdAt().isBefore(rollout.startedAt()))
              .toList();
      this.failed = made.stream().filter(this::hasFailed).toList();
      this.desired = replicated ? spec.replicas() : live.size();
    }

    boolean hasFailed(Task task) {
      if (task.state().isTerminal()) {
        return task.desiredState() == DesiredState.RUNNING;
      }
      if (!live(task)) {
        return false;
      }
      if (task.health() == TaskHealth.UNHEALTHY) {
        return true;
      }
      return config.healthCheckGracePeriodSeconds() > 0
          && !ready(task)
          && !now.isBefore(graceEnd(task));
    }

    Instant graceEnd(Task task) {
      return task.createdAt().plusSeconds(config.healthCheckGracePeriodSeconds());
    }

    RolloutStep decide() {
      Optional<RolloutStep> onFailure = failure();
      if (onFailure.isPresent()) {
        return onFailure.get();
      }
      if (!replicated) {
        return rolling();
      }
      return switch (rollout.strategy()) {
        case ROLLING -> rolling();
        case BLUE_GREEN -> blueGreen();
        case CANARY -> canary();
      };
    }

    Optional<RolloutStep> failure() {
      if (failed.isEmpty()
          || failed.size() * 100L <= (long) config.failureThresholdPercent() * made.size()) {
        return Optional.empty();
      }
      String reason =
          failed.size()
              + " of "
              + made.size()
              + " updated replicas failed (threshold "
              + config.failureThresholdPercent()
              + "%): "
              + describe(failed.getLast());
      FailureAction action =
          rollout.strategy() != DeployStrategy.ROLLING || config.autoRollbackEnabled()
              ? FailureAction.ROLLBACK
              : config.failureAction();
      if (action == FailureAction.ROLLBACK
          && (rollout.kind() == RolloutKind.ROLLBACK || service.previousSpec().isEmpty())) {
        action = FailureAction.PAUSE;
      }
      return switch (action) {
        case ROLLBACK -> Optional.of(new RolloutStep.RollBack(reason));
        case PAUSE ->
            Optional.of(
                advance(
                    List.of(),
                    List.of(),
                    RolloutState.PAUSED,
                    rollout.step(),
                    rollout.stepCount(),
                    "paused: " + reason,
                    null));
        case CONTINUE -> {
          continuedReason = "continued despite failures: " + reason;
          yield Optional.empty();
        }
      };
    }

    String describe(Task task) {
      String what =
          task.state().isTerminal()
              ? task.state().wireName() + (task.error().isEmpty() ? "" : " (" + task.error() + ")")
              : task.health() == TaskHealth.UNHEALTHY
                  ? "unhealthy"
                  : "not ready after " + config.healthCheckGracePeriodSeconds() + "s";
      return "replica " + spec.name() + "." + task.slot() + " " + what;
    }

    RolloutState activeState() {
      return rollout.state() == RolloutState.ROLLING_BACK
          ? RolloutState.ROLLING_BACK
          : RolloutState.IN_PROGRESS;
    }

    RolloutState doneState() {
      return rollout.state() == RolloutState.ROLLING_BACK
          ? RolloutState.ROLLED_BACK
          : RolloutState.COMPLETED;
    }

    String reason() {
      return continuedReason != null ? continuedReason : rollout.reason();
    }

    RolloutStep.Advance advance(
        List<Integer> start,
        List<TaskId> stop,
        RolloutState state,
        int step,
        int stepCount,
        String reason,
        Instant wakeAt) {
      int count = Math.max(stepCount, 0);
      int at = Math.min(Math.max(step, 0), count);
      Optional<Rollout> progress =
          state == rollout.state()
                  && at == rollout.step()
                  && count == rollout.stepCount()
                  && reason.equals(rollout.reason())
              ? Optional.empty()
              : Optional.of(rollout.progressed(state, at, count, reason, now));
      return new RolloutStep.Advance(start, stop, progress, Optional.ofNullable(wakeAt));
    }

    /** New replicas not ready yet that have not failed either. */
    List<Task> inFlight() {
      return fresh.stream().filter(t -> !ready(t) && !failed.contains(t)).toList();
    }

    /**
     * Slots below the replica count without a live replica, except those whose last new replica
     * failed (a failure the rollout continues past does not hold it up).
     */
    boolean awaitingReplacements() {
      if (!replicated) {
        return false;
      }
      Set<Integer> occupied = live.stream().map(Task::slot).collect(Collectors.toSet());
      Set<Integer> failedSlots = failed.stream().map(Task::slot).collect(Collectors.toSet());
      for (int slot = 0; slot < desired; slot++) {
        if (!occupied.contains(slot) && !failedSlots.contains(slot)) {
          return true;
        }
      }
      return false;
    }

    /** Old replicas whose slot has a ready successor: stopping them costs no capacity. */
    List<TaskId> retirable() {
      if (!replicated) {
        return List.of();
      }
      Set<Integer> readySlots =
          fresh.stream().filter(RolloutPlanning::ready).map(Task::slot).collect(Collectors.toSet());
      return outdated.stream().filter(t -> readySlots.contains(t.slot())).map(Task::id).toList();
    }

    /** Slots below the replica count that have no live replica of the new spec, lowest first. */
    List<Integer> slotsWithoutNew() {
      Set<Integer> withNew = fresh.stream().map(Task::slot).collect(Collectors.toSet());
      List<Integer> slots = new ArrayList<>();
      for (int slot = 0; slot < desired; slot++) {
        if (!withNew.contains(slot)) {
          slots.add(slot);
        }
      }
      return slots;
    }

    Instant earliestGraceEnd(List<Task> waiting) {
      if (config.healthCheckGracePeriodSeconds() == 0) {
        return null;
      }
      return waiting.stream().map(this::graceEnd).min(Comparator.naturalOrder()).orElse(null);
    }

    RolloutStep rolling() {
      int parallelism = config.parallelism() == 0 ? Math.max(1, desired) : config.parallelism();
      int stepCount = desired == 0 ? 0 : (desired + parallelism - 1) / parallelism;
      long readyNew = fresh.stream().filter(RolloutPlanning::ready).count();
      int step = Math.max(rollout.step(), (int) Math.min(stepCount, readyNew / parallelism));
      List<TaskId> retire = retirable();
      List<Task> waiting = inFlight();
      boolean busy = !waiting.isEmpty() || awaitingReplacements();
      if (outdated.isEmpty() && !busy) {
        return advance(List.of(), List.of(), doneState(), stepCount, stepCount, reason(), null);
      }
      if (busy) {
        return advance(
            List.of(), retire, activeState(), step, stepCount, reason(), earliestGraceEnd(waiting));
      }
      if (step > rollout.step() && config.delaySeconds() > 0) {
        // A batch just finished: record it; the next starts after the delay.
        return advance(
            List.of(),
            retire,
            activeState(),
            step,
            stepCount,
            reason(),
            now.plusSeconds(config.delaySeconds()));
      }
      if (rollout.step() > 0 && config.delaySeconds() > 0) {
        Instant next = rollout.updatedAt().plusSeconds(config.delaySeconds());
        if (now.isBefore(next)) {
          return advance(List.of(), retire, activeState(), step, stepCount, reason(), next);
        }
      }
      if (replicated && config.maxSurge() > 0) {
        int surplus = Math.max(0, live.size() - retire.size() - desired);
        int room = config.maxSurge() - surplus;
        Set<Integer> outdatedSlots =
            outdated.stream()
                .map(Task::slot)
                .filter(slot -> slot < desired)
                .collect(Collectors.toCollection(TreeSet::new));
        outdatedSlots.removeAll(fresh.stream().map(Task::slot).collect(Collectors.toSet()));
        List<Integer> start =
            outdatedSlots.stream().limit(Math.max(0, Math.min(parallelism, room))).toList();
        return advance(start, retire, activeState(), step, stepCount, reason(), null);
      }
      int maxUnavailable = config.maxUnavailable() > 0 ? config.maxUnavailable() : parallelism;
      long serving = live.stream().filter(RolloutPlanning::serving).count();
      long budget = serving - (desired - maxUnavailable);
      List<Task> candidates =
          outdated.stream()
              .filter(t -> !retire.contains(t.id()))
              .sorted(
                  Comparator.comparing((Task t) -> serving(t) ? 1 : 0).thenComparingInt(Task::slot))
              .toList();
      List<TaskId> stop = new ArrayList<>(retire);
      int picked = 0;
      for (Task candidate : candidates) {
        if (picked == parallelism) {
          break;
        }
        if (serving(candidate)) {
          if (budget <= 0) {
            break;
          }
          budget--;
        }
        stop.add(candidate.id());
        picked++;
      }
      return advance(List.of(), stop, activeState(), step, stepCount, reason(), null);
    }

    RolloutStep blueGreen() {
      List<TaskId> retire = rollout.step() >= 2 ? retirable() : List.of();
      if (outdated.isEmpty() && inFlight().isEmpty() && !awaitingReplacements()) {
        return advance(List.of(), List.of(), doneState(), 2, 2, reason(), null);
      }
      if (rollout.step() == 0) {
        List<Integer> start = slotsWithoutNew();
        List<Task> waiting = inFlight();
        if (!start.isEmpty() || !waiting.isEmpty()) {
          return advance(
              start, List.of(), activeState(), 0, 2, reason(), earliestGraceEnd(waiting));
        }
        return advance(
            List.of(),
            List.of(),
            activeState(),
            1,
            2,
            reason(),
            now.plusSeconds(config.blueGreenGracePeriodSeconds()));
      }
      if (rollout.step() == 1) {
        Instant switchAt = rollout.updatedAt().plusSeconds(config.blueGreenGracePeriodSeconds());
        if (now.isBefore(switchAt)) {
          return advance(List.of(), List.of(), activeState(), 1, 2, reason(), switchAt);
        }
        return advance(
            List.of(),
            outdated.stream().map(Task::id).toList(),
            activeState(),
            2,
            2,
            reason(),
            null);
      }
      return advance(
          List.of(), outdated.stream().map(Task::id).toList(), activeState(), 2, 2, reason(), null);
    }

    RolloutStep canary() {
      List<Integer> weights = canarySteps(config);
      int stepCount = weights.size();
      int step = Math.min(rollout.step(), stepCount);
      List<TaskId> retire = retirable();
      if (step > 0) {
        Instant holdEnd = rollout.updatedAt().plusSeconds(config.canaryStabilityWindowSeconds());
        if (now.isBefore(holdEnd)) {
          return advance(List.of(), retire, activeState(), step, stepCount, reason(), holdEnd);
        }
      }
      if (step == stepCount) {
        if (outdated.isEmpty() && inFlight().isEmpty() && !awaitingReplacements()) {
          return advance(List.of(), List.of(), doneState(), step, stepCount, reason(), null);
        }
        return advance(List.of(), retire, activeState(), step, stepCount, reason(), null);
      }
      int target =
          (int) Math.min(desired, Math.max(1, Math.ceil(desired * weights.get(step) / 100.0)));
      List<Integer> start = new ArrayList<>();
      int missing = target - fresh.size();
      for (int slot : slotsWithoutNew()) {
        if (start.size() >= missing) {
          break;
        }
        start.add(slot);
      }
      List<Task> waiting = inFlight();
      long readyNew = fresh.stream().filter(RolloutPlanning::ready).count();
      if (!start.isEmpty() || !waiting.isEmpty() || readyNew < target || desired == 0) {
        if (desired == 0) {
          return advance(List.of(), List.of(), doneState(), stepCount, stepCount, reason(), null);
        }
        return advance(
            start, retire, activeState(), step, stepCount, reason(), earliestGraceEnd(waiting));
      }
      // This step's share runs the new spec and is ready: hold it for the stability window.
      return advance(
          List.of(),
          retire,
          activeState(),
          step + 1,
          stepCount,
          reason(),
          now.plusSeconds(config.canaryStabilityWindowSeconds()));
    }
  }
}
