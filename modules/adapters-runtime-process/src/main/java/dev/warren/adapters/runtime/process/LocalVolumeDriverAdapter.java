package dev.warren.adapters.runtime.process;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.out.VolumeDriverPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Warren's {@code local} volume driver: one directory per volume under a root the worker owns (mode
 * 0755, so a container running as another user can still reach its data). Used by every runtime of
 * the node, so a volume keeps its data whichever runtime mounts it.
 */
public final class LocalVolumeDriverAdapter implements VolumeDriverPort {
  private final Path root;

  /** A driver keeping its volumes under {@code root} (created when first needed). */
  public LocalVolumeDriverAdapter(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public String provision(Volume volume) {
    if (!Volume.LOCAL_DRIVER.equals(volume.driver())) {
      throw new InvalidSpecException(
          "volume "
              + volume.name()
              + " uses driver "
              + Checks.quote(volume.driver())
              + "; this worker has only the local driver");
    }
    Path directory = directoryOf(volume);
    try {
      Files.createDirectories(directory);
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException | UnsupportedOperationException e) {
      throw new FailedPreconditionException(
          "cannot create the directory of volume "
              + volume.name()
              + " at "
              + directory
              + ": "
              + e.getMessage()
              + "; check the worker's data directory is writable");
    }
    return directory.toString();
  }

  /** Its own path when the volume names one inside the root, else the root's entry by name. */
  private Path directoryOf(Volume volume) {
    if (volume.mountPath().isBlank()) {
      return root.resolve(volume.name());
    }
    Path asked = Path.of(volume.mountPath()).toAbsolutePath().normalize();
    if (!asked.startsWith(root) || asked.equals(root)) {
      throw new InvalidSpecException(
          "volume "
              + volume.name()
              + " asks for path "
              + Checks.quote(volume.mountPath())
              + ", outside this worker's volume directory "
              + root
              + "; remove the path to let the worker choose one");
    }
    return asked;
  }
}
