package dev.warren.bootstrap.cli.ingress;

import dev.warren.bootstrap.cli.ClientOptions;
import dev.warren.bootstrap.cli.ExitCodes;
import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.bootstrap.cli.ManagerConnector;
import dev.warren.bootstrap.cli.OutputOptions;
import dev.warren.bootstrap.cli.render.RelativeTime;
import dev.warren.bootstrap.cli.render.Table;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren ingress ls}: every ingress, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List ingresses.")
public final class IngressListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Inject
  IngressListCommand(ManagerConnector connector, InstantSource clock) {
    this.connector = connector;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    List<Ingress> ingresses;
    try (ManagerClient manager = connector.connect(client.config())) {
      ingresses =
          manager.listIngresses().list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE));
    }
    output.printList(
        spec.commandLine().getOut(),
        ingresses,
        ingress -> ingress.id().value(),
        all -> table(all, clock.instant()));
    return ExitCodes.OK;
  }

  static String table(List<Ingress> ingresses, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "HOSTS", "ROUTES", "TLS", "CREATED");
    for (Ingress ingress : ingresses) {
      table.row(
          ingress.id().value(),
          ingress.name(),
          hosts(ingress.rules()),
          ingress.rules().stream().mapToInt(rule -> rule.paths().size()).sum(),
          ingress.tls().map(IngressListCommand::tls).orElse("-"),
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
