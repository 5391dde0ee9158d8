package dev.warren.cli.volume;

import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import java.time.Instant;
import java.util.Map;

/** What {@code inspect} prints of one volume. */
final class VolumeDetails {
  private static final String FORMAT = "%-12s %s%n";

  private VolumeDetails() {}

  static String pretty(Volume volume, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", volume.id().value());
    line(out, "Name:", volume.name());
    line(out, "Driver:", volume.driver());
    line(out, "Node:", volume.nodeId().map(NodeId::value).orElse("- (not placed yet)"));
    line(out, "Mount path:", volume.mountPath().isEmpty() ? "-" : volume.mountPath());
    line(
        out,
        "Created:",
        volume.createdAt() + " (" + RelativeTime.ago(volume.createdAt(), now) + ")");
    entries(out, "Options:", volume.driverOpts());
    entries(out, "Labels:", volume.labels());
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  /** The label on the first line only, one {@code key=value} per line. */
  private static void entries(StringBuilder out, String label, Map<String, String> entries) {
    boolean first = true;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      line(out, first ? label : "", entry.getKey() + "=" + entry.getValue());
      first = false;
    }
  }
}
