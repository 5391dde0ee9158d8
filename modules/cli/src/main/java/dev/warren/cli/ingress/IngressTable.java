package dev.warren.cli.ingress;

import dev.warren.cli.kit.NamedTable;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code ls} table of ingresses. */
final class IngressTable {
  private static final NamedTable<Ingress> TABLE =
      new NamedTable<>(
          List.of("HOSTS", "ROUTES", "TLS"),
          ingress -> ingress.id().value(),
          Ingress::name,
          Ingress::createdAt);

  private IngressTable() {}

  static String table(List<Ingress> ingresses, Instant now) {
    return TABLE.render(
        ingresses,
        now,
        ingress ->
            List.of(
                hosts(ingress.rules()),
                ingress.rules().stream().mapToInt(rule -> rule.paths().size()).sum(),
                ingress.tls().map(IngressTable::tls).orElse("-")));
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
