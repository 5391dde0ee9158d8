package dev.warren.domain.model.volume;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A named volume; a local volume is pinned to the node that holds its data. */
public record Volume(
    VolumeId id,
    String name,
    String driver,
    Map<String, String> driverOpts,
    Map<String, String> labels,
    Instant createdAt,
    Optional<NodeId> nodeId,
    String mountPath) {

  public static final String LOCAL_DRIVER = "local";

  public Volume {
    Checks.notNull("volume id", id);
    Checks.name("volume name", name);
    Checks.notBlank("volume driver", driver);
    driverOpts = Checks.map("volume driver opts", driverOpts);
    labels = Checks.map("volume labels", labels);
    Checks.notNull("created at", createdAt);
    Checks.notNull("node id", nodeId);
    Checks.notNull("mount path", mountPath);
  }
}
