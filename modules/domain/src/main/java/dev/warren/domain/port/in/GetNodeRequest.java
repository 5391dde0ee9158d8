package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;

/** Read one node. */
public record GetNodeRequest(NodeId id, ReadConsistency consistency) {
  public GetNodeRequest {
    Checks.notNull("node id", id);
    Checks.notNull("consistency", consistency);
  }
}
