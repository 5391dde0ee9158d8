package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Create a named volume with a driver (only {@code local} so far), driver options and labels. */
public record CreateVolumeRequest(
    String name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {
  public CreateVolumeRequest {
    Checks.name("volume name", name);
    Checks.notBlank("volume driver", driver);
    if (!driver.equals(Volume.LOCAL_DRIVER)) {
      throw new InvalidSpecException(
          "volume driver "
              + Checks.quote(driver)
              + " is not supported: use "
              + Volume.LOCAL_DRIVER);
    }
    driverOpts = Checks.map("volume driver opts", driverOpts);
    labels = Checks.map("volume labels", labels);
    InputLimits.labels("volume driver opts", driverOpts);
    InputLimits.labels("volume labels", labels);
  }

  /**
   * The volume this request makes, with id {@code id}, created at {@code now}, not yet on a node.
   */
  public Volume volume(VolumeId id, Instant now) {
    return new Volume(id, name, driver, driverOpts, labels, now, Optional.empty(), "");
  }
}
