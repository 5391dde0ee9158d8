package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;

/**
 * A secret's plaintext as a container receives it: a file named after the secret. It exists only
 * while the container does, readable by it alone.
 */
public record SecretFile(String name, Bytes data) {
  public SecretFile {
    Checks.name("secret name", name);
    Checks.notNull("secret data", data);
  }

  /** Never the data: a launch may end up in a log line or an exception message. */
  @Override
  public String toString() {
    return "SecretFile[" + name + ", " + data.size() + " bytes]";
  }
}
