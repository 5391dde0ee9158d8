package dev.warren.cli.apply;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;

/** A secret as a manifest describes it: a name and its plaintext. */
public record DesiredSecret(String name, Bytes data) {
  public DesiredSecret {
    Checks.name("secret name", name);
    Checks.notNull("secret data", data);
    if (data.size() > Secret.MAX_PLAINTEXT_BYTES) {
      throw new InvalidSpecException(
          "secret data is "
              + data.size()
              + " bytes, more than the limit of "
              + Secret.MAX_PLAINTEXT_BYTES);
    }
  }

  /** Never the data: manifests' secrets must not end up in logs or messages. */
  @Override
  public String toString() {
    return "DesiredSecret[name=" + name + ", data=" + data.size() + " bytes]";
  }
}
