package dev.warren.domain.change;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.time.Instant;

/** Changes to nodes. */
public sealed interface NodeChange extends StateChange {

  /** A node registered or re-registered itself (an upsert). */
  record NodeRegistered(Node node) implements NodeChange {
    @Override
    public void applyTo(StateWriter state) {
      state.put(EntityKind.NODE, node);
    }
  }

  /**
   * A heartbeat found a node's status or resources changed; {@code at} becomes its last heartbeat.
   * Idle heartbeats propose nothing, so this is rare.
   */
  record NodeStatusChanged(NodeId nodeId, NodeStatus status, NodeResources resources, Instant at)
      implements NodeChange {
    public NodeStatusChanged {
      Checks.notNull("node id", nodeId);
      Checks.notNull("node status", status);
      Checks.notNull("node resources", resources);
      Checks.notNull("heartbeat time", at);
    }

    @Override
    public void applyTo(StateWriter state) {
      Node node = ApplySteps.existing(state, EntityKind.NODE, "node", nodeId.value());
      state.put(EntityKind.NODE, node.withHeartbeat(status, resources, at));
    }
  }

  /**
   * A node left the cluster. Its tasks stay, for the record, but their desired state becomes
   * SHUTDOWN, so the reconciler places replacements elsewhere.
   */
  record NodeRemoved(NodeId nodeId) implements NodeChange {
    public NodeRemoved {
      Checks.notNull("node id", nodeId);
    }

    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.existing(state, EntityKind.NODE, "node", nodeId.value());
      state.delete(EntityKind.NODE, nodeId.value());
      TaskChange.shutDownWhere(state, task -> task.isOn(nodeId));
    }
  }
}
