package dev.warren.cli.secret;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.secret.SecretMetadata;
import picocli.CommandLine.Command;

/**
 * {@code warren secret}: the verbs particular to secrets; {@link SecretNoun} describes the rest.
 */
@Command(name = "secret", subcommands = SecretCreateCommand.class)
public final class SecretCommand extends NounGroupCommand<SecretMetadata> {
  public SecretCommand() {
    super(SecretNoun.NOUN, "Manage secrets (stored encrypted; their content is never shown).");
  }
}
