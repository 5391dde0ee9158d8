package dev.warren.cli.secret;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren secret ls}: every secret, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List secrets.")
public final class SecretListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  SecretListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    List<SecretMetadata> secrets;
    try (ManagerClient manager = connector.connect(client.config())) {
      secrets = manager.secrets().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE));
    }
    output.printList(
        spec.commandLine().getOut(),
        secrets,
        secret -> secret.id().value(),
        list -> table(list, clock.instant()));
    return ExitCodes.OK;
  }

  static String table(List<SecretMetadata> secrets, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "CREATED");
    for (SecretMetadata secret : secrets) {
      table.row(secret.id().value(), secret.name(), RelativeTime.ago(secret.createdAt(), now));
    }
    return table.render();
  }
}
