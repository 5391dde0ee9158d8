package dev.warren.cli.secret;

import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.secret.SecretMetadata;
import java.time.Instant;

/** What {@code inspect} prints of one secret. */
final class SecretDetails {
  private static final String FORMAT = "%-9s %s%n";

  private SecretDetails() {}

  static String pretty(SecretMetadata secret, Instant now) {
    return String.format(FORMAT, "ID:", secret.id().value())
        + String.format(FORMAT, "Name:", secret.name())
        + String.format(
            FORMAT,
            "Created:",
            secret.createdAt() + " (" + RelativeTime.ago(secret.createdAt(), now) + ")");
  }
}
