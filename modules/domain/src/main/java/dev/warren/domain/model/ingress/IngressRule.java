package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.HostNames;
import java.util.List;

/** Paths served for one host ("" = any host, "*.example.com" = a wildcard). */
public record IngressRule(String host, List<IngressPath> paths) {
  public IngressRule {
    Checks.notNull("ingress host", host);
    if (!host.isEmpty()) {
      HostNames.check("ingress host", host);
    }
    paths = Checks.list("ingress paths", paths);
  }
}
