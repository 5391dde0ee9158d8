package dev.warren.cli.ingress;

import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressTls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What {@code inspect} prints of one ingress. */
final class IngressDetails {
  private static final String FORMAT = "%-9s %s%n";

  private IngressDetails() {}

  static String pretty(Ingress ingress, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", ingress.id().value());
    line(out, "Name:", ingress.name());
    line(
        out,
        "Created:",
        ingress.createdAt() + " (" + RelativeTime.ago(ingress.createdAt(), now) + ")");
    line(
        out,
        "Updated:",
        ingress.updatedAt() + " (" + RelativeTime.ago(ingress.updatedAt(), now) + ")");
    lines(
        out,
        "Labels:",
        ingress.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    List<String> routes = new ArrayList<>();
    for (var route : IngressRoutes.routes(ingress.rules())) {
      routes.add(IngressRoutes.describe(route.host(), route.path()));
    }
    lines(out, "Routes:", routes.isEmpty() ? List.of("none") : routes);
    line(out, "TLS:", ingress.tls().map(IngressDetails::tls).orElse("none"));
    return out.toString();
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

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  private static void lines(StringBuilder out, String label, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      line(out, i == 0 ? label : "", values.get(i));
    }
  }
}
