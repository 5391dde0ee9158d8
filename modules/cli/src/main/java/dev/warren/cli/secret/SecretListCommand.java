package dev.warren.cli.secret;

import dev.warren.cli.kit.ListCommand;
import dev.warren.cli.CliPorts;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code warren secret ls}: every secret, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List secrets.")
public final class SecretListCommand extends ListCommand<SecretMetadata> {
  SecretListCommand(CliPorts ports) {
    super(
        ports,
        SecretCommand.NOUN,
        manager -> manager.secrets().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)));
  }

  static String table(List<SecretMetadata> secrets, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "CREATED");
    for (SecretMetadata secret : secrets) {
      table.row(secret.id().value(), secret.name(), RelativeTime.ago(secret.createdAt(), now));
    }
    return table.render();
  }
}
