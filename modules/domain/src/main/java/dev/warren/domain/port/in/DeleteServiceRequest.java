package dev.warren.domain.port.in;

import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;

/** Delete a service. */
public record DeleteServiceRequest(ServiceId id) {
  public DeleteServiceRequest {
    Checks.notNull("service id", id);
  }
}
