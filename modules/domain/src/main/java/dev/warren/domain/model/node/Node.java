package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.Map;

/** A machine in the cluster, as registered by itself and observed by the managers. */
public record Node(
    NodeId id,
    NodeRole role,
    String address,
    String overlayIp,
    NodeResources resources,
    NodeStatus status,
    Instant lastHeartbeat,
    Instant createdAt,
    Map<String, String> labels,
    Version version) {

  public Node {
    Checks.notNull("node id", id);
    Checks.notNull("node role", role);
    Checks.notNull("node address", address);
    Checks.notNull("node overlay ip", overlayIp);
    Checks.notNull("node resources", resources);
    Checks.notNull("node status", status);
    Checks.notNull("node last heartbeat", lastHeartbeat);
    Checks.notNull("node created at", createdAt);
    labels = Checks.map("node labels", labels);
    Checks.notNull("node version", version);
  }
}
