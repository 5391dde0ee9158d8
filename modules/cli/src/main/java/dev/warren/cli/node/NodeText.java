package dev.warren.cli.node;

import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.Node;
import java.time.Instant;
import java.util.Locale;

/** Nodes as a table ({@code node ls}) and in detail ({@code node inspect}). */
final class NodeText {
  static final Columns<Node> TABLE =
      Columns.<Node>of("ID", node -> node.id().value())
          .and("ROLE", node -> node.role().wireName())
          .and("STATUS", node -> node.status().wireName())
          .and("ADDRESS", Node::address)
          .and("CPUS", node -> node.resources().cpuCores())
          .and("MEMORY", node -> bytes(node.resources().memoryBytes()))
          .age("LAST HEARTBEAT", Node::lastHeartbeat);

  private NodeText() {}

  static String details(Node node, Instant now) {
    return Details.aligned(16, now)
        .line("ID:", node.id().value())
        .line("Role:", node.role().wireName())
        .line("Status:", node.status().wireName())
        .line("Address:", node.address())
        .line("Overlay IP:", node.overlayIp().isEmpty() ? "-" : node.overlayIp())
        .line(
            "Resources:",
            node.resources().cpuCores()
                + " CPUs, "
                + bytes(node.resources().memoryBytes())
                + " memory, "
                + bytes(node.resources().diskBytes())
                + " disk")
        .entries("Labels:", node.labels())
        .since("Last heartbeat:", node.lastHeartbeat())
        .since("Created:", node.createdAt())
        .line("Version:", node.version().value())
        .text();
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
}
