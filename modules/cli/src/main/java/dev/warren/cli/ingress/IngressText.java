package dev.warren.cli.ingress;

import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Ingresses as a table ({@code ingress ls}) and in detail ({@code ingress inspect}). */
final class IngressText {
  static final Columns<Ingress> TABLE =
      Columns.<Ingress>of("ID", ingress -> ingress.id().value())
          .and("NAME", Ingress::name)
          .and("HOSTS", ingress -> hosts(ingress.rules()))
          .and("ROUTES", ingress -> ingress.rules().stream().mapToInt(r -> r.paths().size()).sum())
          .and("TLS", ingress -> ingress.tls().map(IngressText::tlsCell).orElse("-"))
          .age("CREATED", Ingress::createdAt);

  private IngressText() {}

  static String details(Ingress ingress, Instant now) {
    List<String> routes =
        IngressRoutes.routes(ingress.rules()).stream()
            .map(route -> IngressRoutes.describe(route.host(), route.path()))
            .toList();
    return Details.aligned(9, now)
        .line("ID:", ingress.id().value())
        .line("Name:", ingress.name())
        .since("Created:", ingress.createdAt())
        .since("Updated:", ingress.updatedAt())
        .entries("Labels:", ingress.labels())
        .lines("Routes:", routes.isEmpty() ? List.of("none") : routes)
        .line("TLS:", ingress.tls().map(IngressText::tls).orElse("none"))
        .text();
  }

  private static String hosts(List<IngressRule> rules) {
    return rules.isEmpty()
        ? "-"
        : rules.stream()
            .map(rule -> rule.host().isEmpty() ? "*" : rule.host())
            .distinct()
            .collect(Collectors.joining(","));
  }

  private static String tlsCell(IngressTls tls) {
    if (!tls.enabled()) {
      return "disabled";
    }
    return tls.autoTls() && tls.secretName().isEmpty() ? "auto" : tls.secretName();
  }

  private static String tls(IngressTls tls) {
    var text = new StringBuilder(tls.enabled() ? "enabled" : "disabled");
    if (!tls.secretName().isEmpty()) {
      text.append(", certificate ").append(tls.secretName());
    }
    if (tls.autoTls()) {
      text.append(", automatic").append(tls.email().isEmpty() ? "" : " (" + tls.email() + ")");
    }
    if (!tls.hosts().isEmpty()) {
      text.append(", hosts ").append(String.join(",", tls.hosts()));
    }
    return text.toString();
  }
}
