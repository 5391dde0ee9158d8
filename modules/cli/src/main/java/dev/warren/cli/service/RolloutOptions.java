package dev.warren.cli.service;

import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.WireEnum;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How {@code service update --image} rolls out: given any of these, the new image is a recorded
 * rollout (UpdateServiceImage) with this strategy and the service's update config changed by them.
 */
final class RolloutOptions {
  @Option(
      names = "--strategy",
      paramLabel = "STRATEGY",
      description = "Roll --image out with rolling, blue-green or canary (default: the service's).")
  String strategy;

  @Option(
      names = "--update-parallelism",
      paramLabel = "N",
      description = "Replicas replaced at a time by this rollout of --image.")
  Integer parallelism;

  @Option(
      names = "--update-delay",
      paramLabel = "SECONDS",
      description = "Pause between batches of this rollout of --image.")
  Integer delaySeconds;

  @Option(
      names = "--update-failure-action",
      paramLabel = "ACTION",
      description = "pause, continue or rollback when this rollout of --image fails.")
  String failureAction;

  /** Whether any of these options was given, which makes the update a rollout. */
  boolean given() {
    return strategy != null || parallelism != null || delaySeconds != null || failureAction != null;
  }

  /** The strategy asked for, if any. */
  Optional<DeployStrategy> strategy() {
    return Optional.ofNullable(strategy)
        .map(spelling -> WireEnum.parse(DeployStrategy.class, "strategy", spelling));
  }

  /** The failure action asked for, if any. */
  Optional<FailureAction> failureAction() {
    return Optional.ofNullable(failureAction)
        .map(spelling -> WireEnum.parse(FailureAction.class, "update failure action", spelling));
  }

  /** {@code current} with the {@code --update-*} options applied, if any was given. */
  Optional<UpdateConfig> updateConfig(UpdateConfig current, Optional<FailureAction> action) {
    if (parallelism == null && delaySeconds == null && action.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UpdateConfig(
            parallelism != null ? parallelism : current.parallelism(),
            delaySeconds != null ? delaySeconds : current.delaySeconds(),
            action.orElse(current.failureAction()),
            current.maxSurge(),
            current.maxUnavailable(),
            current.healthCheckGracePeriodSeconds(),
            current.canaryWeight(),
            current.canarySteps(),
            current.canaryStabilityWindowSeconds(),
            current.blueGreenGracePeriodSeconds(),
            current.autoRollbackEnabled(),
            current.failureThresholdPercent()));
  }
}
