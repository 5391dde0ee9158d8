package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;

/**
 * The replacement of a service's containers by those of a newer spec: which version of the service
 * it rolls out and which version it replaces (what a rollback returns to), how (strategy and update
 * config, possibly other than the spec's own), from which image to which, and how far it got: the
 * step reached of {@code stepCount} (batches of a rolling update, weights of a canary, the two
 * phases of a blue-green switch; 0 of 0 until the deployer has planned it) and why it paused,
 * failed or rolled back ({@code reason}, empty if nothing went wrong). Which replica runs which
 * spec is read off the replicas themselves ({@link
 * dev.warren.domain.model.task.Task#serviceVersion()} and {@link
 * dev.warren.domain.model.task.Task#runs(ServiceSpec)}). A service has at most one rollout, stored
 * under the service's id; a newer rollout supersedes an unfinished one.
 */
public record Rollout(
    ServiceId serviceId,
    Version serviceVersion,
    Version previousVersion,
    RolloutKind kind,
    DeployStrategy strategy,
    UpdateConfig updateConfig,
    String fromImage,
    String toImage,
    RolloutState state,
    int step,
    int stepCount,
    String reason,
    Instant startedAt,
    Instant updatedAt) {

  /** The longest reason kept; longer ones are cut. */
  public static final int MAX_REASON_CHARS = 512;

  public Rollout {
    Checks.notNull("service id", serviceId);
    Checks.notNull("service version", serviceVersion);
    Checks.notNull("previous version", previousVersion);
    Checks.notNull("rollout kind", kind);
    Checks.notNull("deploy strategy", strategy);
    Checks.notNull("update config", updateConfig);
    Checks.notBlank("from image", fromImage);
    Checks.notBlank("to image", toImage);
    Checks.notNull("rollout state", state);
    Checks.atLeast("rollout step", step, 0);
    Checks.atLeast("rollout step count", stepCount, 0);
    if (step > stepCount) {
      throw new InvalidSpecException(
          "rollout step " + step + " is past the rollout's " + stepCount + " steps");
    }
    Checks.notNull("rollout reason", reason);
    if (reason.length() > MAX_REASON_CHARS) {
      reason = reason.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
    Checks.notNull("started at", startedAt);
    Checks.notNull("updated at", updatedAt);
  }

  /**
   * A pending rollout of {@code target}, the service as it is after the change, replacing the
   * containers of {@code current}.
   */
  public static Rollout pending(
      Service current,
      Service target,
      RolloutKind kind,
      DeployStrategy strategy,
      UpdateConfig updateConfig,
      Instant now) {
    return new Rollout(
        target.id(),
        target.version(),
        current.version(),
        kind,
        strategy,
        updateConfig,
        current.spec().image(),
        target.spec().image(),
        RolloutState.PENDING,
        0,
        0,
        "",
        now,
        now);
  }

  /** This rollout at {@code newStep} of {@code newStepCount}, in {@code newState}, and why. */
  public Rollout progressed(
      RolloutState newState, int newStep, int newStepCount, String newReason, Instant now) {
    return new Rollout(
        serviceId,
        serviceVersion,
        previousVersion,
        kind,
        strategy,
        updateConfig,
        fromImage,
        toImage,
        newState,
        newStep,
        newStepCount,
        newReason,
        startedAt,
        now);
  }
}
