package dev.warren.cli.secret;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.port.in.DeleteSecretRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren secret rm NAME|ID...}: removes each secret, printing what it removed. Goes on after
 * a failure (a secret still in use, say), prints one error line per failure and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more secrets.")
public final class SecretRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The secrets.")
  List<String> secrets = new ArrayList<>();

  SecretRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          secrets,
          (m, reference) ->
              m.secrets()
                  .delete(
                      new DeleteSecretRequest(SecretResolver.resolve(m, reference).id())));
    }
  }
}
