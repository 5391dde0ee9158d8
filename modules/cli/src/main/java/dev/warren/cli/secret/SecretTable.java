package dev.warren.cli.secret;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.secret.SecretMetadata;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of secrets. */
final class SecretTable {
  private SecretTable() {}

  static String table(List<SecretMetadata> secrets, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "CREATED");
    for (SecretMetadata secret : secrets) {
      table.row(secret.id().value(), secret.name(), RelativeTime.ago(secret.createdAt(), now));
    }
    return table.render();
  }
}
