package dev.warren.cli.apply;

import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.shared.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ingress as a manifest describes it; what the manager fills in (id, times) is absent. */
public record DesiredIngress(
    String name, List<IngressRule> rules, Optional<IngressTls> tls, Map<String, String> labels) {
  public DesiredIngress {
    Checks.name("ingress name", name);
    rules = Checks.list("ingress rules", rules);
    Checks.notNull("ingress tls", tls);
    labels = Checks.map("ingress labels", labels);
  }
}
