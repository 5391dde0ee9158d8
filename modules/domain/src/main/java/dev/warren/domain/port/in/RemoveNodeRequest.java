package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;

/** Remove a node from the cluster. */
public record RemoveNodeRequest(NodeId id) {
  public RemoveNodeRequest {
    Checks.notNull("node id", id);
  }
}
