package dev.warren.cli.secret;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.port.in.DeleteSecretRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren secret rm NAME|ID...}: removes each secret, printing what it removed. Goes on after
 * a failure (a secret still in use, say), prints one error line per failure and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more secrets.")
public final class SecretRemoveCommand extends RemoveCommand {
  SecretRemoveCommand(CliPorts ports) {
    super(
        ports,
        SecretCommand.NOUN,
        (m, reference) ->
            m.secrets().delete(new DeleteSecretRequest(SecretResolver.resolve(m, reference).id())));
  }
}
