package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read one service. */
public record GetServiceRequest(ServiceRef service, ReadConsistency consistency) {
  public GetServiceRequest {
    Checks.notNull("service", service);
    Checks.notNull("consistency", consistency);
  }
}
