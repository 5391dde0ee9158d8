package dev.warren.cli.container;

import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import java.time.Instant;
import java.util.List;

/** What {@code inspect} prints of one container. */
final class ContainerDetails {
  private static final String FORMAT = "%-15s %s%n";

  private ContainerDetails() {}

  static String pretty(Task task, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", task.id().value());
    line(out, "Name:", task.serviceName() + "." + task.slot());
    line(out, "Service:", task.serviceName() + " (" + task.serviceId().value() + ")");
    line(out, "Node:", task.nodeId().map(NodeId::value).orElse("- (not placed yet)"));
    line(out, "Image:", task.image());
    line(out, "Desired state:", task.desiredState().wireName());
    line(
        out,
        "State:",
        task.state().wireName() + " (" + RelativeTime.ago(task.updatedAt(), now) + ")");
    line(out, "Health:", task.health().wireName());
    if (!task.runtimeContainerId().isEmpty()) {
      line(out, "Runtime id:", task.runtimeContainerId());
    }
    if (!task.error().isEmpty()) {
      line(out, "Error:", task.error());
    }
    if (!task.command().isEmpty()) {
      line(out, "Command:", String.join(" ", task.command()));
    }
    lines(
        out,
        "Env:",
        task.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    lines(out, "Secrets:", task.secrets());
    line(out, "Created:", task.createdAt() + " (" + RelativeTime.ago(task.createdAt(), now) + ")");
    line(out, "Version:", task.version().value());
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  private static void lines(StringBuilder out, String label, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      line(out, i == 0 ? label : "", values.get(i));
    }
  }
}
