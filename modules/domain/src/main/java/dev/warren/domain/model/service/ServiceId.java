package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a service (a random UUID, chosen before the change is proposed). */
public record ServiceId(String value) {
  public ServiceId {
    Checks.id("service id", value);
  }

  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  public static ServiceId random() {
    return new ServiceId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
