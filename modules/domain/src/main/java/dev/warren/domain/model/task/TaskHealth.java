package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.WireEnum;

/**
 * Health of a task as its node's probes last reported it. Only changes of this value are
 * replicated, not every probe result.
 */
public enum TaskHealth implements WireEnum {
  /** No probe result yet (or the service has no health check). */
  UNKNOWN("unknown"),
  HEALTHY("healthy"),
  UNHEALTHY("unhealthy");

  private final String wireName;

  TaskHealth(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The health a probe result means. */
  public static TaskHealth of(boolean healthy) {
    return healthy ? HEALTHY : UNHEALTHY;
  }
}
