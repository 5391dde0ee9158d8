package dev.warren.cli.secret;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.secret.SecretMetadata;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren secret inspect NAME|ID}: a secret's metadata; its content is never shown. */
@Command(name = "inspect", description = "Show a secret's metadata (never its content).")
public final class SecretInspectCommand implements Callable<Integer> {
  private static final String FORMAT = "%-9s %s%n";

  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The secret.")
  String secret;

  SecretInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    SecretMetadata found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found = SecretResolver.resolve(manager, secret);
    }
    output.printObject(
        spec.commandLine().getOut(),
        found,
        secret -> secret.id().value(),
        secret -> pretty(secret, clock.instant()));
    return ExitCodes.OK;
  }

  static String pretty(SecretMetadata secret, Instant now) {
    return String.format(FORMAT, "ID:", secret.id().value())
        + String.format(FORMAT, "Name:", secret.name())
        + String.format(
            FORMAT,
            "Created:",
            secret.createdAt() + " (" + RelativeTime.ago(secret.createdAt(), now) + ")");
  }
}
