package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import java.util.List;

/** How a rollout proceeds: batch size, pacing, failure handling, and canary/blue-green knobs. */
public record UpdateConfig(
    int parallelism,
    int delaySeconds,
    FailureAction failureAction,
    int maxSurge,
    int maxUnavailable,
    int healthCheckGracePeriodSeconds,
    int canaryWeight,
    List<Integer> canarySteps,
    int canaryStabilityWindowSeconds,
    int blueGreenGracePeriodSeconds,
    boolean autoRollbackEnabled,
    int failureThresholdPercent) {

  public static final UpdateConfig DEFAULT =
      new UpdateConfig(1, 0, FailureAction.PAUSE, 0, 0, 0, 0, List.of(), 0, 0, false, 0);

  public UpdateConfig {
    Checks.atLeast("update parallelism", parallelism, 0);
    Checks.atLeast("update delay seconds", delaySeconds, 0);
    Checks.notNull("update failure action", failureAction);
    Checks.atLeast("update max surge", maxSurge, 0);
    Checks.atLeast("update max unavailable", maxUnavailable, 0);
    Checks.atLeast("health check grace period seconds", healthCheckGracePeriodSeconds, 0);
    Checks.between("canary weight", canaryWeight, 0, 100);
    canarySteps = Checks.list("canary steps", canarySteps);
    for (int step : canarySteps) {
      if (step < 0 || step > 100) {
        throw new InvalidSpecException("canary steps must be percentages 0-100, got " + step);
      }
    }
    Checks.atLeast("canary stability window seconds", canaryStabilityWindowSeconds, 0);
    Checks.atLeast("blue-green grace period seconds", blueGreenGracePeriodSeconds, 0);
    Checks.between("failure threshold percent", failureThresholdPercent, 0, 100);
  }
}
