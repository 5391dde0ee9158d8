package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read one ingress. */
public record GetIngressRequest(IngressRef ingress, ReadConsistency consistency) {
  public GetIngressRequest {
    Checks.notNull("ingress", ingress);
    Checks.notNull("consistency", consistency);
  }
}
