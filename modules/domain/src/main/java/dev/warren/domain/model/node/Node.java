package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

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

  /**
   * A node (re)registering at {@code now}: ready, its heartbeat now; a node seen before keeps its
   * creation time and moves to its next version.
   */
  public static Node registered(
      Optional<Node> existing,
      NodeId id,
      NodeRole role,
      String address,
      String overlayIp,
      NodeResources resources,
      Map<String, String> labels,
      Instant now) {
    return new Node(
        id,
        role,
        address,
        overlayIp,
        resources,
        NodeStatus.READY,
        now,
        existing.map(Node::createdAt).orElse(now),
        labels,
        existing.map(current -> current.version().next()).orElse(Version.initial()));
  }

  /** This node as a heartbeat at {@code at} found it, in its next version. */
  public Node withHeartbeat(NodeStatus newStatus, NodeResources newResources, Instant at) {
    return heardAt(newStatus, newResources, at, version.next());
  }

  /** This node last heard from at {@code at}, its version unchanged (a time known only locally). */
  public Node lastHeardAt(Instant at) {
    return heardAt(status, resources, at, version);
  }

  private Node heardAt(
      NodeStatus newStatus, NodeResources newResources, Instant at, Version newVersion) {
    return new Node(
        id, role, address, overlayIp, newResources, newStatus, at, createdAt, labels, newVersion);
  }
}
