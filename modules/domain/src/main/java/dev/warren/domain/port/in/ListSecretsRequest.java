package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** List every secret. */
public record ListSecretsRequest(ReadConsistency consistency) {
  public ListSecretsRequest {
    Checks.notNull("consistency", consistency);
  }
}
