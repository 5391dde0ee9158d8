package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;

/** Replaces an ingress's rules, TLS and labels. */
public interface UpdateIngressUseCase {
  /**
   * @return the ingress as stored after the update (same id, name and creation time)
   * @throws dev.warren.domain.error.NotFoundException if no such ingress exists, or its new TLS
   *     names no stored certificate
   * @throws dev.warren.domain.error.InvalidSpecException if a TLS host is not covered by that
   *     certificate
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Ingress update(UpdateIngressRequest request);
}
