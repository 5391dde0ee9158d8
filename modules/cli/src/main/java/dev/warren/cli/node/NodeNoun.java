package dev.warren.cli.node;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import java.util.Locale;
import java.util.Map;

/**
 * Nodes as {@code inspect} and {@code rm} see them, and the table of {@code ls} (which filters, so
 * it is a command of its own).
 */
final class NodeNoun {
  /** The {@code ls} table, with how many containers each node runs ({@code running}, by node). */
  static Columns<Node> table(Map<NodeId, Long> running) {
    return Columns.<Node>of("ID", node -> node.id().value())
        .and("ROLE", node -> node.role().wireName())
        .and("STATUS", node -> node.status().wireName())
        .and("AVAILABILITY", node -> node.availability().wireName())
        .and("ADDRESS", Node::address)
        .and("CPUS", node -> node.resources().cpuCores())
        .and("MEMORY", node -> bytes(node.resources().memoryBytes()))
        .and("RUNNING", node -> running.getOrDefault(node.id(), 0L))
        .age("LAST HEARTBEAT", Node::lastHeartbeat);
  }

  static final Noun<Node> NOUN =
      Noun.<Node>called("node", "nodes", node -> node.id().value())
          .lookupById(
              NodeId::of,
              (manager, id) -> manager.nodes().get(new GetNodeRequest(id, LINEARIZABLE)))
          .remove(
              "Remove one or more nodes.",
              NodeId::of,
              (manager, id) -> manager.nodes().remove(new RemoveNodeRequest(id)))
          .inspect("Show one node in detail.", 16, NodeNoun::describe)
          .build();

  private NodeNoun() {}

  private static void describe(Node node, Details details) {
    details
        .line("Role:", node.role().wireName())
        .line("Status:", node.status().wireName())
        .line("Availability:", node.availability().wireName())
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
        .line("Version:", node.version().value());
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
