package dev.warren.bootstrap.cli.volume;

import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;

/**
 * Finds the volume a user named by name or by id. The name is tried first, since warren.v1 reads
 * volumes by name; an id is looked up in the list.
 */
final class VolumeResolver {
  private VolumeResolver() {}

  /**
   * @throws InvalidSpecException if {@code reference} is neither a valid name nor a valid id
   * @throws NotFoundException if no volume has that name or id
   */
  static Volume resolve(ManagerClient manager, String reference) {
    boolean isName = isValid(() -> Checks.name("volume name", reference));
    boolean isId = isValid(() -> VolumeId.of(reference));
    if (!isName && !isId) {
      throw new InvalidSpecException(
          "'" + reference + "' is neither a volume name nor a volume id");
    }
    if (isName) {
      try {
        return manager
            .getVolumeByName()
            .get(new GetVolumeByNameRequest(reference, ReadConsistency.LINEARIZABLE));
      } catch (NotFoundException noSuchName) {
        if (!isId) {
          throw noSuchName;
        }
      }
    }
    return manager.listVolumes().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)).stream()
        .filter(volume -> volume.id().value().equals(reference))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("volume not found: " + reference));
  }

  private static boolean isValid(Runnable check) {
    try {
      check.run();
      return true;
    } catch (InvalidSpecException invalid) {
      return false;
    }
  }
}
