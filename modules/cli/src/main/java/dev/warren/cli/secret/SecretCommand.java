package dev.warren.cli.secret;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.secret.SecretMetadata;
import picocli.CommandLine.Command;

/** {@code warren secret}: the secret commands. */
@Command(
    name = "secret",
    description = "Manage secrets (stored encrypted; their content is never shown).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      SecretCreateCommand.class,
      SecretListCommand.class,
      SecretInspectCommand.class,
      SecretRemoveCommand.class
    })
public final class SecretCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<SecretMetadata> NOUN =
      Noun.of(
          "secret",
          "secrets",
          "NAME|ID",
          secret -> secret.id().value(),
          SecretResolver::resolve,
          SecretListCommand::table,
          SecretInspectCommand::pretty);
}
