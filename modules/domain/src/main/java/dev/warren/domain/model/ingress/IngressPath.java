package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;

/** A path and the backend it routes to. */
public record IngressPath(String path, PathType pathType, IngressBackend backend) {
  public IngressPath {
    Checks.notBlank("ingress path", path);
    Checks.notNull("ingress path type", pathType);
    Checks.notNull("ingress backend", backend);
  }
}
