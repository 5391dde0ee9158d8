package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.Checks;
import java.util.Optional;

/** List nodes, all or those of one role. */
public record ListNodesRequest(Optional<NodeRole> role, ReadConsistency consistency) {
  public ListNodesRequest {
    Checks.notNull("role", role);
    Checks.notNull("consistency", consistency);
  }
}
