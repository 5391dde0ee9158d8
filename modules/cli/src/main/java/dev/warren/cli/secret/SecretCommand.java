package dev.warren.cli.secret;

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
public final class SecretCommand {}
