package dev.warren.cli.ingress;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren ingress inspect NAME|ID}: one ingress in detail. */
@Command(name = "inspect", description = "Show one ingress in detail.")
public final class IngressInspectCommand implements Callable<Integer> {
  private static final String FORMAT = "%-9s %s%n";

  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The ingress.")
  String ingress;

  IngressInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    Ingress found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found =
          manager
              .ingresses()
              .get(
                  new GetIngressRequest(
                      IngressReferences.parse(ingress), ReadConsistency.LINEARIZABLE));
    }
    output.printObject(
        spec.commandLine().getOut(),
        found,
        ingress -> ingress.id().value(),
        ingress -> pretty(ingress, clock.instant()));
    return ExitCodes.OK;
  }

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
    line(out, "TLS:", ingress.tls().map(IngressInspectCommand::tls).orElse("none"));
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
