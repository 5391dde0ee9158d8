package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.Checks;

/** Create a new cluster whose first manager is this node, reachable at {@code apiAddress}. */
public record InitializeClusterRequest(NodeId nodeId, NodeRole role, String apiAddress) {
  public InitializeClusterRequest {
    Checks.notNull("node id", nodeId);
    Checks.notNull("role", role);
    Checks.notBlank("api address", apiAddress);
  }
}
