package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.time.Instant;
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
    checkLimits(rules, tls, labels);
  }

  /** The ingress this request makes, with id {@code id}, created at {@code now}. */
  public Ingress ingress(IngressId id, Instant now) {
    return new Ingress(id, name, rules, tls, labels, now, now);
  }

  /** Rules, TLS and labels of an ingress within {@link InputLimits}. */
  static void checkLimits(
      List<IngressRule> rules, Optional<IngressTls> tls, Map<String, String> labels) {
    Checks.maxCount("ingress rules", rules, InputLimits.INGRESS_RULES);
    for (IngressRule rule : rules) {
      Checks.maxCount("ingress paths", rule.paths(), InputLimits.INGRESS_PATHS);
      rule.paths()
          .forEach(path -> Checks.maxLength("ingress path", path.path(), InputLimits.TEXT_CHARS));
    }
    tls.ifPresent(
        section -> {
          Checks.maxCount("ingress tls hosts", section.hosts(), InputLimits.HOSTS);
          Checks.text("ingress tls email", section.email(), InputLimits.TEXT_CHARS);
        });
    InputLimits.labels("ingress labels", labels);
  }
}
