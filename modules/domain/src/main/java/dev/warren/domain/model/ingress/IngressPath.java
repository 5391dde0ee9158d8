package dev.warren.domain.model.ingress;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;

/** A path and the backend it routes to. */
public record IngressPath(String path, PathType pathType, IngressBackend backend) {
  public IngressPath {
    Checks.notBlank("ingress path", path);
    if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new InvalidSpecException(
          "ingress path "
              + Checks.quote(path)
              + " is invalid: it must start with '/' and hold no spaces");
    }
    Checks.notNull("ingress path type", pathType);
    Checks.notNull("ingress backend", backend);
  }
}
