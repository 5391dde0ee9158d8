package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;

/** The service and port an ingress path forwards to. */
public record IngressBackend(String serviceName, int port) {
  public IngressBackend {
    Checks.name("ingress backend service name", serviceName);
    Checks.between("ingress backend port", port, 1, 65535);
  }
}
