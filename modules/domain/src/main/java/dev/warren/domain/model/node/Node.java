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
    NodeAvailability availability,
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
    Checks.notNull("node availability", availability);
    Checks.notNull("node version", version);
  }

  /** A node as it was before availability existed: active. */
  public Node(
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
    this(
        id,
        role,
        address,
        overlayIp,
        resources,
        status,
        lastHeartbeat,
        createdAt,
        labels,
        NodeAvailability.ACTIVE,
        version);
  }

  /**
   * A node (re)registering at {@code now}: ready, its heartbeat now; a node seen before keeps its
   * creation time and the availability an operator gave it, and moves to its next version.
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
        existing.map(Node::availability).orElse(NodeAvailability.ACTIVE),
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
        id,
        role,
        address,
        overlayIp,
        newResources,
        newStatus,
        at,
        createdAt,
        labels,
        availability,
        newVersion);
  }

  /** This node as an operator updated it: availability and labels, in its next version. */
  public Node updatedBy(NodeAvailability newAvailability, Map<String, String> newLabels) {
    return new Node(
        id,
        role,
        address,
        overlayIp,
        resources,
        status,
        lastHeartbeat,
        createdAt,
        newLabels,
        newAvailability,
        version.next());
  }

  /** Whether the scheduler may place new replicas here: ready and active. */
  public boolean takesNewReplicas() {
    return status == NodeStatus.READY && availability == NodeAvailability.ACTIVE;
  }

  /** The host part of the address, which {@code node.hostname} constraints match. */
  public String hostname() {
    if (address.startsWith("[") && address.indexOf(']') > 0) {
      return address.substring(1, address.indexOf(']'));
    }
    int colon = address.indexOf(':');
    return colon > 0 && colon == address.lastIndexOf(':') ? address.substring(0, colon) : address;
  }
}
