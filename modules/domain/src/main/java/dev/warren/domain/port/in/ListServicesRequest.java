package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** List every service. */
public record ListServicesRequest(ReadConsistency consistency) {
  public ListServicesRequest {
    Checks.notNull("consistency", consistency);
  }
}
