package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;

/** Creates an ingress. */
public interface CreateIngressUseCase {
  /**
   * Creates the ingress and returns it as stored (with id and timestamps), after the change is
   * committed. Backends may name services that do not exist yet.
   *
   * @throws dev.warren.domain.error.AlreadyExistsException if the name is taken
   * @throws dev.warren.domain.error.NotFoundException if its TLS names no stored certificate
   * @throws dev.warren.domain.error.InvalidSpecException if a TLS host is not covered by that
   *     certificate
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Ingress create(CreateIngressRequest request);
}
