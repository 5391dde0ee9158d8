package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Follow the rollout of one service, by the service's name or id, until it settles. */
public record WatchRolloutRequest(ServiceRef service) {
  public WatchRolloutRequest {
    Checks.notNull("service", service);
  }
}
