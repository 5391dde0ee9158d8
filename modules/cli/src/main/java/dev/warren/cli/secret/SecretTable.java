package dev.warren.cli.secret;

import dev.warren.cli.kit.NamedTable;
import dev.warren.domain.model.secret.SecretMetadata;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of secrets. */
final class SecretTable {
  private static final NamedTable<SecretMetadata> TABLE =
      new NamedTable<>(
          List.of(),
          secret -> secret.id().value(),
          SecretMetadata::name,
          SecretMetadata::createdAt);

  private SecretTable() {}

  static String table(List<SecretMetadata> secrets, Instant now) {
    return TABLE.render(secrets, now, secret -> List.of());
  }
}
