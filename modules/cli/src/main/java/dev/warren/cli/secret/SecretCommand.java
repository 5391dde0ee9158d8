package dev.warren.cli.secret;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code warren secret}: the secret commands. */
@Command(
    name = "secret",
    description = "Manage secrets (stored encrypted; their content is never shown).",
    subcommands = {SecretCreateCommand.class})
public final class SecretCommand extends NounGroupCommand<SecretMetadata> {
  private static final Columns<SecretMetadata> TABLE =
      Columns.<SecretMetadata>of("ID", secret -> secret.id().value())
          .and("NAME", SecretMetadata::name)
          .age("CREATED", SecretMetadata::createdAt);

  public SecretCommand() {
    super(
        Noun.<SecretMetadata>called("secret", "secrets", "NAME|ID")
            .id(secret -> secret.id().value())
            .all(manager -> manager.secrets().list(new ListSecretsRequest(LINEARIZABLE)))
            .lookupByNameOrId(
                SecretId::of,
                (manager, name) ->
                    manager.secrets().get(new GetSecretByNameRequest(name, LINEARIZABLE)))
            .list("List secrets.", TABLE::render)
            .inspect("Show a secret's metadata (never its content).", SecretCommand::details)
            .removeFound(
                "Remove one or more secrets.",
                (manager, secret) -> manager.secrets().delete(new DeleteSecretRequest(secret.id())))
            .build());
  }

  private static String details(SecretMetadata secret, Instant now) {
    return Details.aligned(9, now)
        .line("ID:", secret.id().value())
        .line("Name:", secret.name())
        .since("Created:", secret.createdAt())
        .text();
  }
}
