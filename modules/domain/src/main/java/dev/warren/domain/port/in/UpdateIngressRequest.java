package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replace an ingress's rules, TLS and labels (all three, as warren.v1's UpdateIngress does), and
 * rename it when {@code newName} is present and differs from its current name.
 */
public record UpdateIngressRequest(
    IngressRef ingress,
    List<IngressRule> rules,
    Optional<IngressTls> tls,
    Map<String, String> labels,
    Optional<String> newName) {
  public UpdateIngressRequest {
    Checks.notNull("ingress", ingress);
    rules = Checks.list("ingress rules", rules);
    Checks.notNull("ingress tls", tls);
    labels = Checks.map("ingress labels", labels);
    Checks.notNull("ingress new name", newName);
    newName.ifPresent(name -> Checks.name("ingress name", name));
    CreateIngressRequest.checkLimits(rules, tls, labels);
  }

  /** {@code current} with this request's name, rules, TLS and labels, updated at {@code now}. */
  public Ingress appliedTo(Ingress current, Instant now) {
    return new Ingress(
        current.id(), newName.orElse(current.name()), rules, tls, labels, current.createdAt(), now);
  }

  /** An update that keeps the ingress's name. */
  public UpdateIngressRequest(
      IngressRef ingress,
      List<IngressRule> rules,
      Optional<IngressTls> tls,
      Map<String, String> labels) {
    this(ingress, rules, tls, labels, Optional.empty());
  }
}
