package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.shared.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Create an ingress: its unique name, routing rules, optional TLS and labels. */
public record CreateIngressRequest(
    String name, List<IngressRule> rules, Optional<IngressTls> tls, Map<String, String> labels) {
  public CreateIngressRequest {
    Checks.name("ingress name", name);
    rules = Checks.list("ingress rules", rules);
    Checks.notNull("ingress tls", tls);
    labels = Checks.map("ingress labels", labels);
  }
}
