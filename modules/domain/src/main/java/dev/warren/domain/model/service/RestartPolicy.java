package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/**
 * When and how often a stopped replica is restarted; zero max attempts means no limit. Attempts
 * count within the last {@code windowSeconds} (zero: since the slot last ran as the managers
 * wanted), so a replica that failed long ago does not use up today's attempts.
 */
public record RestartPolicy(
    RestartCondition condition, int maxAttempts, int delaySeconds, int windowSeconds) {
  public static final RestartPolicy DEFAULT = new RestartPolicy(RestartCondition.ANY, 0, 5);

  public RestartPolicy {
    Checks.notNull("restart policy condition", condition);
    Checks.atLeast("restart policy max attempts", maxAttempts, 0);
    Checks.atLeast("restart policy delay seconds", delaySeconds, 0);
    Checks.atLeast("restart policy window seconds", windowSeconds, 0);
  }

  /** A policy that counts attempts without a window. */
  public RestartPolicy(RestartCondition condition, int maxAttempts, int delaySeconds) {
    this(condition, maxAttempts, delaySeconds, 0);
  }
}
