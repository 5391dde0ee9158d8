package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Delete an ingress. */
public record DeleteIngressRequest(IngressRef ingress) {
  public DeleteIngressRequest {
    Checks.notNull("ingress", ingress);
  }
}
