package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read one secret by its name. */
public record GetSecretByNameRequest(String name, ReadConsistency consistency) {
  public GetSecretByNameRequest {
    Checks.name("secret name", name);
    Checks.notNull("consistency", consistency);
  }
}
