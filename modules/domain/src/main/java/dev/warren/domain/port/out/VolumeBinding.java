package dev.warren.domain.port.out;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;

/**
 * A volume as a container receives it: the directory on this node that holds it ({@code hostPath},
 * absolute), and where the container sees it ({@code target}, for runtimes that mount).
 */
public record VolumeBinding(String volume, String hostPath, String target, boolean readOnly) {
  public VolumeBinding {
    Checks.name("volume name", volume);
    Checks.notBlank("volume host path", hostPath);
    Checks.notBlank("volume target", target);
    if (!hostPath.startsWith("/") || !target.startsWith("/")) {
      throw new InvalidSpecException(
          "volume "
              + volume
              + " needs absolute paths, got '"
              + hostPath
              + "' and '"
              + target
              + "'");
    }
  }
}
