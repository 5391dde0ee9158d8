package dev.warren.cli.secret;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;

/** Secrets as {@code ls}, {@code inspect} and {@code rm} see them; their content is never read. */
final class SecretNoun {
  static final Noun<SecretMetadata> NOUN =
      Noun.<SecretMetadata>named(
              "secret", "secrets", secret -> secret.id().value(), SecretMetadata::name)
          .all(manager -> manager.secrets().list(new ListSecretsRequest(LINEARIZABLE)))
          .lookupByNameOrId(
              SecretId::of,
              (manager, name) ->
                  manager.secrets().get(new GetSecretByNameRequest(name, LINEARIZABLE)))
          .list("List secrets.", columns -> columns.age("CREATED", SecretMetadata::createdAt))
          .removeFound(
              "Remove one or more secrets.",
              (manager, secret) -> manager.secrets().delete(new DeleteSecretRequest(secret.id())))
          .inspect(
              "Show a secret's metadata (never its content).",
              9,
              (secret, details) -> details.since("Created:", secret.createdAt()))
          .build();

  private SecretNoun() {}
}
