package dev.warren.cli.volume;

import dev.warren.cli.ByNameOrId;
import dev.warren.cli.ManagerClient;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;

/** Finds the volume a user named by name or by id. */
final class VolumeResolver {
  private VolumeResolver() {}

  /** See {@link ByNameOrId#resolve}. */
  static Volume resolve(ManagerClient manager, String reference) {
    return new ByNameOrId<Volume>(
            "volume",
            name -> Checks.name("volume name", name),
            VolumeId::of,
            name ->
                manager
                    .volumes()
                    .get(new GetVolumeByNameRequest(name, ReadConsistency.LINEARIZABLE)),
            () -> manager.volumes().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)),
            volume -> volume.id().value())
        .resolve(reference);
  }
}
