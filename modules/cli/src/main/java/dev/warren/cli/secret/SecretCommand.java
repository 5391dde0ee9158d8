package dev.warren.cli.secret;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren secret}: the secret commands. */
@Command(
    name = "secret",
    modelTransformer = NounVerbs.class,
    description = "Manage secrets (stored encrypted; their content is never shown).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {SecretCreateCommand.class})
public final class SecretCommand implements NounGroup {
  private static final Noun<SecretMetadata> NOUN =
      new Noun<>(
          "secret",
          "secrets",
          "NAME|ID",
          Noun.help(
              "List secrets.",
              "Show a secret's metadata (never its content).",
              "Remove one or more secrets."),
          secret -> secret.id().value(),
          Function.identity(),
          Noun.ANY_REFERENCE,
          manager -> manager.secrets().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE)),
          SecretResolver::resolve,
          (manager, reference) ->
              manager
                  .secrets()
                  .delete(new DeleteSecretRequest(SecretResolver.resolve(manager, reference).id())),
          SecretTable::table,
          SecretDetails::pretty);

  @Override
  public Noun<SecretMetadata> noun() {
    return NOUN;
  }
}
