package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP routing from hosts and paths to services. */
public record Ingress(
    IngressId id,
    String name,
    List<IngressRule> rules,
    Optional<IngressTls> tls,
    Map<String, String> labels,
    Instant createdAt,
    Instant updatedAt) {

  public Ingress {
    Checks.notNull("ingress id", id);
    Checks.name("ingress name", name);
    rules = Checks.list("ingress rules", rules);
    Checks.notNull("ingress tls", tls);
    labels = Checks.map("ingress labels", labels);
    Checks.notNull("created at", createdAt);
    Checks.notNull("updated at", updatedAt);
  }
}
