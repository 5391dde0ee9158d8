package dev.warren.domain.policy;

import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A container's health as its probes tell it, Docker's way: one success makes it healthy, {@code
 * retries} failures in a row make it unhealthy, and failures within the start period after it
 * started do not count (a success there still does). Immutable: {@link #record} returns the next
 * state and, when the health changed, the transition to report — only transitions go to the
 * managers, not every probe.
 */
public record HealthTracking(
    HealthCheck check,
    Instant startedAt,
    TaskHealth health,
    int consecutiveFailures,
    int consecutiveSuccesses) {

  public HealthTracking {
    Checks.notNull("health check", check);
    Checks.notNull("started at", startedAt);
    Checks.notNull("health", health);
    Checks.atLeast("consecutive failures", consecutiveFailures, 0);
    Checks.atLeast("consecutive successes", consecutiveSuccesses, 0);
  }

  /** A container that started at {@code startedAt}, its health not known yet. */
  public static HealthTracking starting(HealthCheck check, Instant startedAt) {
    return new HealthTracking(check, startedAt, TaskHealth.UNKNOWN, 0, 0);
  }

  /** What a probe found. */
  public record ProbeResult(boolean healthy, String message) {
    public ProbeResult {
      Checks.notNull("message", message);
    }
  }

  /** A probe's outcome folded in: the next state, and the new health when it changed. */
  public record Step(HealthTracking next, Optional<TaskHealth> transition) {}

  /** Folds in the result of the probe that ran at {@code at}. */
  public Step record(ProbeResult result, Instant at) {
    if (result.healthy()) {
      var next =
          new HealthTracking(check, startedAt, TaskHealth.HEALTHY, 0, consecutiveSuccesses + 1);
      return new Step(next, changedTo(TaskHealth.HEALTHY));
    }
    boolean starting =
        at.isBefore(startedAt.plus(Duration.ofSeconds(check.startPeriodSeconds())))
            && health != TaskHealth.HEALTHY;
    if (starting) {
      return new Step(this, Optional.empty());
    }
    int failures = consecutiveFailures + 1;
    TaskHealth now = failures >= check.retries() ? TaskHealth.UNHEALTHY : health;
    var next = new HealthTracking(check, startedAt, now, failures, 0);
    return new Step(next, changedTo(now));
  }

  /** When the next probe runs after one at {@code at}. */
  public Instant nextProbeAfter(Instant at) {
    return at.plusSeconds(check.intervalSeconds());
  }

  private Optional<TaskHealth> changedTo(TaskHealth now) {
    return now == health ? Optional.empty() : Optional.of(now);
  }
}
