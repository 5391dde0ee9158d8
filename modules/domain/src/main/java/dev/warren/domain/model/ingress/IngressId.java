package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of an ingress. */
public record IngressId(String value) {
  public IngressId {
    Checks.id("ingress id", value);
  }

  public static IngressId of(String value) {
    return new IngressId(value);
  }

  public static IngressId random() {
    return new IngressId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
