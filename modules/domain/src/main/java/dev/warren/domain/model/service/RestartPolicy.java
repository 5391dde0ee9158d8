package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/** When and how often a stopped replica is restarted; zero max attempts means no limit. */
public record RestartPolicy(RestartCondition condition, int maxAttempts, int delaySeconds) {
  public static final RestartPolicy DEFAULT = new RestartPolicy(RestartCondition.ANY, 0, 5);

  public RestartPolicy {
    Checks.notNull("restart policy condition", condition);
    Checks.atLeast("restart policy max attempts", maxAttempts, 0);
    Checks.atLeast("restart policy delay seconds", delaySeconds, 0);
  }
}
