package dev.warren.domain.port.in;

import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;

/** Return a service to its previous spec. */
public record RollbackServiceRequest(ServiceId id) {
  public RollbackServiceRequest {
    Checks.notNull("service id", id);
  }
}
