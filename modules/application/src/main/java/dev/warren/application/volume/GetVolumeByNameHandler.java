package dev.warren.application.volume;

import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.out.EntityKind;

/** Reads one volume by name. */
public record GetVolumeByNameHandler(StateQueries queries) implements GetVolumeByNameUseCase {

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return queries.read(
        request.consistency(),
        reader -> Lookups.byName(reader, EntityKind.VOLUME, "volume", request.name()));
  }
}
