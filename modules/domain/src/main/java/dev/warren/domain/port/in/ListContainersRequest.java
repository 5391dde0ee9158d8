package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import java.util.Optional;

/** List containers, optionally only a service's, only a node's, or both. */
public record ListContainersRequest(
    Optional<ServiceId> serviceId, Optional<NodeId> nodeId, ReadConsistency consistency) {
  public ListContainersRequest {
    Checks.notNull("service id", serviceId);
    Checks.notNull("node id", nodeId);
    Checks.notNull("consistency", consistency);
  }
}
