package dev.warren.cli.ingress;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.References;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ingresses as {@code ls}, {@code inspect} and {@code rm} see them. */
final class IngressNoun {
  /** What a user typed to name an ingress. */
  static final Function<String, IngressRef> REFERENCE =
      References.parser(id -> new IngressRef.ById(IngressId.of(id)), IngressRef.ByName::new);

  static final Noun<Ingress> NOUN =
      Noun.<Ingress>named("ingress", "ingresses", ingress -> ingress.id().value(), Ingress::name)
          .all(manager -> manager.ingresses().list(new ListIngressesRequest(LINEARIZABLE)))
          .lookup(
              REFERENCE,
              (manager, ref) -> manager.ingresses().get(new GetIngressRequest(ref, LINEARIZABLE)))
          .list(
              "List ingresses.",
              columns ->
                  columns
                      .and("HOSTS", ingress -> hosts(ingress.rules()))
                      .and("ROUTES", ingress -> routeCount(ingress.rules()))
                      .and("TLS", ingress -> ingress.tls().map(IngressNoun::tlsCell).orElse("-"))
                      .age("CREATED", Ingress::createdAt))
          .remove(
              "Remove one or more ingresses.",
              REFERENCE,
              (manager, ref) -> manager.ingresses().delete(new DeleteIngressRequest(ref)))
          .inspect("Show one ingress in detail.", 9, IngressNoun::describe)
          .build();

  private IngressNoun() {}

  private static void describe(Ingress ingress, Details details) {
    List<String> routes =
        IngressRoutes.routes(ingress.rules()).stream()
            .map(route -> IngressRoutes.describe(route.host(), route.path()))
            .toList();
    details
        .since("Created:", ingress.createdAt())
        .since("Updated:", ingress.updatedAt())
        .entries("Labels:", ingress.labels())
        .lines("Routes:", routes.isEmpty() ? List.of("none") : routes)
        .line("TLS:", ingress.tls().map(IngressNoun::tls).orElse("none"));
  }

  private static String hosts(List<IngressRule> rules) {
    return rules.isEmpty()
        ? "-"
        : rules.stream()
            .map(rule -> rule.host().isEmpty() ? "*" : rule.host())
            .distinct()
            .collect(Collectors.joining(","));
  }

  private static int routeCount(List<IngressRule> rules) {
    return rules.stream().mapToInt(rule -> rule.paths().size()).sum();
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
