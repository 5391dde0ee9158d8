package dev.warren.cli.secret;

import dev.warren.cli.kit.InspectCommand;
import dev.warren.cli.CliPorts;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.secret.SecretMetadata;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code warren secret inspect NAME|ID}: a secret's metadata; its content is never shown. */
@Command(name = "inspect", description = "Show a secret's metadata (never its content).")
public final class SecretInspectCommand extends InspectCommand<SecretMetadata> {
  private static final String FORMAT = "%-9s %s%n";

  SecretInspectCommand(CliPorts ports) {
    super(ports, SecretCommand.NOUN);
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
