package dev.warren.bootstrap.config;

import dev.warren.domain.error.InvalidSpecException;
import java.time.Duration;
import java.util.Objects;

/** Where a CLI client finds a manager's API and how long one call may take. */
public record ClientConfig(TcpAddress manager, Duration deadline) {
  public ClientConfig {
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new InvalidSpecException("timeout must be positive, got " + deadline);
    }
  }
}
