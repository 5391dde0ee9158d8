package dev.warren.domain.port.in;

import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.ServiceSpecLimits;
import dev.warren.domain.model.shared.Checks;

/** Create a service from a validated spec. */
public record CreateServiceRequest(ServiceSpec spec) {
  public CreateServiceRequest {
    Checks.notNull("service spec", spec);
    ServiceSpecLimits.check(spec);
  }
}
