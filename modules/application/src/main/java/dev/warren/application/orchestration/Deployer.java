package dev.warren.application.orchestration;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.ServiceChange.RolloutProgressed;
import dev.warren.domain.change.ServiceChange.ServiceRolledBack;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.change.TaskChange.TasksShutDown;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.policy.RolloutPlanning;
import dev.warren.domain.policy.RolloutStep;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves every active rollout on by one step per pass, as {@link RolloutPlanning} decides from the
 * replicated state alone: starts replicas of the new spec (waiting on no node; the reconciler
 * places them), stops replicas of the old one, records the rollout's step, state and reason, and on
 * a failure whose action is rollback puts the service back on its previous spec as a rollback
 * rollout that is rolling back. Every proposal is a {@link LeaderDecision} of the term this manager
 * leads in, so a deposed leader's steps are refused and a new leader, reading the same state,
 * continues where the old one stopped. A manager that does not lead does nothing. Runs on the
 * leader only, on the reconciler's thread; not thread-safe.
 */
public record Deployer(ClusterStatePort state, ReplicatedLogPort log, InstantSource clock) {

  /** What one pass did, and when it wants to look again. */
  public record Pass(
      List<Task> started,
      List<TaskId> stopped,
      List<Rollout> progressed,
      List<ServiceId> rolledBack,
      Optional<Instant> wakeAt) {
    public Pass {
      started = List.copyOf(started);
      stopped = List.copyOf(stopped);
      progressed = List.copyOf(progressed);
      rolledBack = List.copyOf(rolledBack);
    }

    static Pass idle() {
      return new Pass(List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
  }

  private record View(List<Service> services, List<Rollout> rollouts, List<Task> tasks) {}

  /**
   * One step of every active rollout; nothing when this manager does not lead. A step the apply
   * logic refuses (the service changed meanwhile, a newer rollout superseded this one) is dropped;
   * the next pass decides again from what was committed.
   *
   * @throws dev.warren.domain.error.UnavailableException if the log does not answer
   */
  public Pass deployOnce() {
    OptionalLong term = log.leaderTerm();
    if (term.isEmpty()) {
      return Pass.idle();
    }
    Instant now = StoredTime.now(clock);
    View view =
        state.read(
            reader ->
                new View(
                    reader.list(EntityKind.SERVICE),
                    reader.list(EntityKind.ROLLOUT),
                    reader.list(EntityKind.TASK)));
    Map<ServiceId, Service> services =
        view.services().stream().collect(Collectors.toMap(Service::id, Function.identity()));
    Map<ServiceId, List<Task>> tasks =
        view.tasks().stream().collect(Collectors.groupingBy(Task::serviceId));
    List<Task> started = new ArrayList<>();
    List<TaskId> stopped = new ArrayList<>();
    List<Rollout> progressed = new ArrayList<>();
    List<ServiceId> rolledBack = new ArrayList<>();
    Instant wakeAt = null;
    for (Rollout rollout : view.rollouts()) {
      Service service = services.get(rollout.serviceId());
      if (service == null || !rollout.state().isActive()) {
        continue;
      }
      RolloutStep step =
          RolloutPlanning.plan(service, rollout, tasks.getOrDefault(service.id(), List.of()), now);
      try {
        switch (step) {
          case RolloutStep.Advance advance -> {
            List<Task> newReplicas =
                advance.startInSlots().stream()
                    .map(
                        slot ->
                            Task.pendingReplica(
                                TaskId.random(), service, slot, Optional.empty(), now))
                    .toList();
            if (!newReplicas.isEmpty()) {
              propose(
                  term.getAsLong(),
                  new TasksCreated(newReplicas),
                  service,
                  "starting new replicas of");
              started.addAll(newReplicas);
            }
            if (!advance.stop().isEmpty()) {
              propose(
                  term.getAsLong(),
                  new TasksShutDown(advance.stop()),
                  service,
                  "stopping old replicas of");
              stopped.addAll(advance.stop());
            }
            if (advance.progress().isPresent()) {
              propose(
                  term.getAsLong(),
                  new RolloutProgressed(advance.progress().get()),
                  service,
                  "recording the rollout of");
              progressed.add(advance.progress().get());
            }
            if (advance.wakeAt().isPresent()
                && (wakeAt == null || advance.wakeAt().get().isBefore(wakeAt))) {
              wakeAt = advance.wakeAt().get();
            }
          }
          case RolloutStep.RollBack back -> {
            propose(
                term.getAsLong(),
                rollingBack(service, back.reason(), now),
                service,
                "rolling back");
            rolledBack.add(service.id());
          }
        }
      } catch (DomainException refused) {
        // Refused by the apply logic: the state moved on meanwhile; the next pass decides again.
      }
    }
    return new Pass(started, stopped, progressed, rolledBack, Optional.ofNullable(wakeAt));
  }

  /**
   * The service back on its previous spec, with a rolling rollback that is rolling back and says
   * why. The rollback pauses rather than rolling back again if it fails in turn.
   */
  static ServiceRolledBack rollingBack(Service service, String reason, Instant now) {
    Service back = service.rolledBack(now);
    UpdateConfig config = back.spec().updateConfig();
    UpdateConfig rollbackConfig =
        new UpdateConfig(
            config.parallelism(),
            config.delaySeconds(),
            FailureAction.PAUSE,
            config.maxSurge(),
            config.maxUnavailable(),
            config.healthCheckGracePeriodSeconds(),
            config.canaryWeight(),
            config.canarySteps(),
            config.canaryStabilityWindowSeconds(),
            config.blueGreenGracePeriodSeconds(),
            false,
            config.failureThresholdPercent());
    Rollout rollback =
        new Rollout(
            back.id(),
            back.version(),
            service.version(),
            RolloutKind.ROLLBACK,
            DeployStrategy.ROLLING,
            rollbackConfig,
            service.spec().image(),
            back.spec().image(),
            RolloutState.ROLLING_BACK,
            0,
            0,
            "rolling back: " + reason,
            now,
            now);
    return new ServiceRolledBack(back, rollback);
  }

  private void propose(long term, StateChange change, Service service, String what) {
    Futures.await(
        log.propose(new LeaderDecision(term, change)), what + " service " + service.name());
  }
}
