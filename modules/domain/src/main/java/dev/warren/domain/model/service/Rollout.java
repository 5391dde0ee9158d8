package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;

/**
 * The replacement of a service's containers by those of a newer spec: which version of the service
 * it rolls out, how (strategy and update config, possibly other than the spec's own), from which
 * image to which, and how far it got. A service has at most one rollout, stored under the service's
 * id; a newer rollout supersedes an unfinished one.
 */
public record Rollout(
    ServiceId serviceId,
    Version serviceVersion,
    RolloutKind kind,
    DeployStrategy strategy,
    UpdateConfig updateConfig,
    String fromImage,
    String toImage,
    RolloutState state,
    Instant startedAt,
    Instant updatedAt) {

  public Rollout {
    Checks.notNull("service id", serviceId);
    Checks.notNull("service version", serviceVersion);
    Checks.notNull("rollout kind", kind);
    Checks.notNull("deploy strategy", strategy);
    Checks.notNull("update config", updateConfig);
    Checks.notBlank("from image", fromImage);
    Checks.notBlank("to image", toImage);
    Checks.notNull("rollout state", state);
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
        kind,
        strategy,
        updateConfig,
        current.spec().image(),
        target.spec().image(),
        RolloutState.PENDING,
        now,
        now);
  }
}
