package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.Map;

/** A node announcing itself: who it is, what it does, where it is and what it offers. */
public record RegisterNodeRequest(
    NodeId id, NodeRole role, String address, NodeResources resources, Map<String, String> labels) {
  public RegisterNodeRequest {
    Checks.notNull("node id", id);
    Checks.notNull("node role", role);
    Checks.notNull("node address", address);
    Checks.notNull("node resources", resources);
    labels = Checks.map("node labels", labels);
    Checks.text("node address", address, InputLimits.TEXT_CHARS);
    resources.withinLimits();
    InputLimits.labels("node labels", labels);
  }
}
