package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read one volume by its name. */
public record GetVolumeByNameRequest(String name, ReadConsistency consistency) {
  public GetVolumeByNameRequest {
    Checks.name("volume name", name);
    Checks.notNull("consistency", consistency);
  }
}
