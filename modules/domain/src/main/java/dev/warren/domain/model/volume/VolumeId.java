package dev.warren.domain.model.volume;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a volume. */
public record VolumeId(String value) {
  public VolumeId {
    Checks.id("volume id", value);
  }

  public static VolumeId of(String value) {
    return new VolumeId(value);
  }

  public static VolumeId random() {
    return new VolumeId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
