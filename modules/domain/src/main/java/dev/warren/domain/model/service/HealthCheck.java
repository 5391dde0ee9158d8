package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/** A periodic probe of a replica; {@code retries} consecutive failures make it unhealthy. */
public record HealthCheck(
    HealthProbe probe,
    int intervalSeconds,
    int timeoutSeconds,
    int retries,
    int startPeriodSeconds) {

  public static final int DEFAULT_INTERVAL_SECONDS = 30;
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;
  public static final int DEFAULT_RETRIES = 3;

  public HealthCheck {
    Checks.notNull("health check probe", probe);
    Checks.atLeast("health check interval seconds", intervalSeconds, 1);
    Checks.atLeast("health check timeout seconds", timeoutSeconds, 1);
    Checks.atLeast("health check retries", retries, 1);
    Checks.atLeast("health check start period seconds", startPeriodSeconds, 0);
  }
}
