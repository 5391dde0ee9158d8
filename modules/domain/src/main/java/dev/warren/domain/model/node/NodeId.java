package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a node; also the common name of its certificate. */
public record NodeId(String value) {
  public NodeId {
    Checks.id("node id", value);
  }

  public static NodeId of(String value) {
    return new NodeId(value);
  }

  public static NodeId random() {
    return new NodeId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
