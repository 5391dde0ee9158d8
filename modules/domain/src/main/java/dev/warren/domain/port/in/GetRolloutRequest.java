package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read the rollout of one service, by the service's name or id. */
public record GetRolloutRequest(ServiceRef service, ReadConsistency consistency) {
  public GetRolloutRequest {
    Checks.notNull("service", service);
    Checks.notNull("consistency", consistency);
  }
}
