package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a cluster, chosen once at cluster init. */
public record ClusterId(String value) {
  public ClusterId {
    Checks.id("cluster id", value);
  }

  public static ClusterId of(String value) {
    return new ClusterId(value);
  }

  public static ClusterId random() {
    return new ClusterId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
