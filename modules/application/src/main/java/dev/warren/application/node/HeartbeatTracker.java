package dev.warren.application.node;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time of each node's latest heartbeat, as this manager received them. Idle heartbeats are not
 * replicated (a Raft write every few seconds per node would be the cluster's main load), so the
 * replicated {@code lastHeartbeat} of a node is the time of its last heartbeat that changed
 * something; this in-memory record is fresher, and node reads on this manager show the later of the
 * two. A new leader starts with an empty record, as swarmkit's dispatcher does, and learns every
 * live node's time from its next heartbeat.
 *
 * <p>Thread-safe.
 */
public final class HeartbeatTracker {
  private final Map<NodeId, Instant> latest = new ConcurrentHashMap<>();

  /** Records a heartbeat of {@code node} at {@code at}; an older time never replaces a newer. */
  public void beat(NodeId node, Instant at) {
    latest.merge(node, at, (current, offered) -> offered.isAfter(current) ? offered : current);
  }

  /** Forgets a removed node. */
  public void forget(NodeId node) {
    latest.remove(node);
  }

  /** {@code node} with its latest heartbeat time, from the replicated state or from memory. */
  public Node withLatestHeartbeat(Node node) {
    Instant seen = latest.get(node.id());
    if (seen == null || !seen.isAfter(node.lastHeartbeat())) {
      return node;
    }
    return node.lastHeardAt(seen);
  }
}
