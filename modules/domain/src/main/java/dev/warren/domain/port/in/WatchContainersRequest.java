package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;

/** Follow the containers of one node. */
public record WatchContainersRequest(NodeId nodeId) {
  public WatchContainersRequest {
    Checks.notNull("node id", nodeId);
  }
}
