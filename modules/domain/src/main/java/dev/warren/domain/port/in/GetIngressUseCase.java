package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;

/** Reads one ingress. */
public interface GetIngressUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such ingress exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Ingress get(GetIngressRequest request);
}
