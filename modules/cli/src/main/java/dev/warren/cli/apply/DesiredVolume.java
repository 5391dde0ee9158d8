package dev.warren.cli.apply;

import dev.warren.domain.model.shared.Checks;
import java.util.Map;

/** A volume as a manifest describes it; what the manager fills in (id, node, path) is absent. */
public record DesiredVolume(
    String name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {
  public DesiredVolume {
    Checks.name("volume name", name);
    Checks.notBlank("volume driver", driver);
    driverOpts = Checks.map("volume driver opts", driverOpts);
    labels = Checks.map("volume labels", labels);
  }
}
