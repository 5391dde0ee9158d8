package dev.warren.domain.model.secret;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a secret. */
public record SecretId(String value) {
  public SecretId {
    Checks.id("secret id", value);
  }

  public static SecretId of(String value) {
    return new SecretId(value);
  }

  public static SecretId random() {
    return new SecretId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
