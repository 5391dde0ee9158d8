package dev.warren.cli.ingress;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code ls} table of ingresses. */
final class IngressTable {
  private IngressTable() {}

  static String table(List<Ingress> ingresses, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "HOSTS", "ROUTES", "TLS", "CREATED");
    for (Ingress ingress : ingresses) {
      table.row(
          ingress.id().value(),
          ingress.name(),
          hosts(ingress.rules()),
          ingress.rules().stream().mapToInt(rule -> rule.paths().size()).sum(),
          ingress.tls().map(IngressTable::tls).orElse("-"),
          RelativeTime.ago(ingress.createdAt(), now));
    }
    return table.render();
  }

  private static String hosts(List<IngressRule> rules) {
    return rules.isEmpty()
        ? "-"
        : rules.stream()
            .map(rule -> rule.host().isEmpty() ? "*" : rule.host())
            .distinct()
            .collect(Collectors.joining(","));
  }

  static String tls(IngressTls tls) {
    if (!tls.enabled()) {
      return "disabled";
    }
    return tls.autoTls() && tls.secretName().isEmpty() ? "auto" : tls.secretName();
  }
}
