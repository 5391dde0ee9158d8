package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import dev.warren.domain.model.task.TaskId;
import java.time.Instant;

/** What a container's health probe found, as its node reports it. */
public record ReportContainerHealthRequest(
    TaskId containerId,
    boolean healthy,
    String message,
    Instant checkedAt,
    int consecutiveFailures,
    int consecutiveSuccesses) {
  public ReportContainerHealthRequest {
    Checks.notNull("container id", containerId);
    Checks.maxLength("health message", message, InputLimits.MESSAGE_CHARS);
    Checks.notNull("checked at", checkedAt);
    Checks.atLeast("consecutive failures", consecutiveFailures, 0);
    Checks.atLeast("consecutive successes", consecutiveSuccesses, 0);
  }
}
