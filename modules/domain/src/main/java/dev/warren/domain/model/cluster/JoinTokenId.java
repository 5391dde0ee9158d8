package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a join token (not its secret). */
public record JoinTokenId(String value) {
  public JoinTokenId {
    Checks.id("join token id", value);
  }

  public static JoinTokenId of(String value) {
    return new JoinTokenId(value);
  }

  public static JoinTokenId random() {
    return new JoinTokenId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
