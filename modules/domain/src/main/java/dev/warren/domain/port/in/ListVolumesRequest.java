package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** List every volume. */
public record ListVolumesRequest(ReadConsistency consistency) {
  public ListVolumesRequest {
    Checks.notNull("consistency", consistency);
  }
}
