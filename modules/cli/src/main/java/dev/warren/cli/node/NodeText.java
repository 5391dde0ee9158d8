package dev.warren.cli.node;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.node.Node;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Nodes as a table ({@code node ls}) and in detail ({@code node inspect}). */
final class NodeText {
  private static final String FORMAT = "%-16s %s%n";

  private NodeText() {}

  static String table(List<Node> nodes, Instant now) {
    Table table =
        Table.withColumns("ID", "ROLE", "STATUS", "ADDRESS", "CPUS", "MEMORY", "LAST HEARTBEAT");
    for (Node node : nodes) {
      table.row(
          node.id().value(),
          node.role().wireName(),
          node.status().wireName(),
          node.address(),
          node.resources().cpuCores(),
          bytes(node.resources().memoryBytes()),
          RelativeTime.ago(node.lastHeartbeat(), now));
    }
    return table.render();
  }

  static String pretty(Node node, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", node.id().value());
    line(out, "Role:", node.role().wireName());
    line(out, "Status:", node.status().wireName());
    line(out, "Availability:", node.availability().wireName());
    line(out, "Address:", node.address());
    line(out, "Overlay IP:", node.overlayIp().isEmpty() ? "-" : node.overlayIp());
    line(
        out,
        "Resources:",
        node.resources().cpuCores()
            + " CPUs, "
            + bytes(node.resources().memoryBytes())
            + " memory, "
            + bytes(node.resources().diskBytes())
            + " disk");
    List<String> labels =
        node.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    for (int i = 0; i < labels.size(); i++) {
      line(out, i == 0 ? "Labels:" : "", labels.get(i));
    }
    line(out, "Last heartbeat:", when(node.lastHeartbeat(), now));
    line(out, "Created:", when(node.createdAt(), now));
    line(out, "Version:", node.version().value());
    return out.toString();
  }

  /** Binary units, one decimal, as {@code docker info} prints memory. */
  static String bytes(long value) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double scaled = value;
    int unit = 0;
    while (scaled >= 1024 && unit < units.length - 1) {
      scaled /= 1024;
      unit++;
    }
    return unit == 0 ? value + " B" : String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
  }

  private static String when(Instant then, Instant now) {
    return then + " (" + RelativeTime.ago(then, now) + ")";
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }
}
