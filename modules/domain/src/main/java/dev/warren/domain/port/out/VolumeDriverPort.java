package dev.warren.domain.port.out;

import dev.warren.domain.model.volume.Volume;

/**
 * Makes a volume's data available on this node. The local driver keeps each volume in a directory
 * under the worker's data directory; the volume stays on the node that holds it.
 */
public interface VolumeDriverPort {

  /**
   * Prepares {@code volume} on this node (creating its directory on first use) and returns the
   * absolute host path a runtime mounts or hands to a process.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if this driver cannot serve the volume's
   *     driver, or its path lies outside the directory the driver owns
   * @throws dev.warren.domain.error.FailedPreconditionException if the directory cannot be created
   *     (no permission, no room); the message names the path
   */
  String provision(Volume volume);
}
