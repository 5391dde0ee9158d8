package dev.warren.domain.change;

import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.time.Instant;
import java.util.Map;

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

  /**
   * An operator changed a node's availability or labels ({@code node update}). Refused with a
   * version conflict if the node moved on since {@code expected} was read, so two concurrent
   * updates cannot lose each other's labels.
   */
  record NodeUpdated(
      NodeId nodeId, Version expected, NodeAvailability availability, Map<String, String> labels)
      implements NodeChange {
    public NodeUpdated {
      Checks.notNull("node id", nodeId);
      Checks.notNull("expected version", expected);
      Checks.notNull("node availability", availability);
      labels = Checks.map("node labels", labels);
    }

    @Override
    public void applyTo(StateWriter state) {
      Node node = ApplySteps.existing(state, EntityKind.NODE, "node", nodeId.value());
      if (!node.version().equals(expected)) {
        throw new VersionConflictException(
            "node "
                + nodeId
                + " changed since it was read (version "
                + node.version().value()
                + ", not "
                + expected.value()
                + "); read it again and retry");
      }
      state.put(EntityKind.NODE, node.updatedBy(availability, labels));
    }
  }

  /**
   * The leader found a node silent for longer than the heartbeat timeout: it is down, and every
   * container on it that should run is wanted shut down, so the reconciler starts replacements
   * elsewhere at once. If the node comes back it sees those containers wanted shut down and stops
   * them; a heartbeat makes it ready again. {@code lastHeard} is the last heartbeat the leader
   * knew.
   */
  record NodeMarkedDown(NodeId nodeId, Instant lastHeard) implements NodeChange {
    public NodeMarkedDown {
      Checks.notNull("node id", nodeId);
      Checks.notNull("last heard", lastHeard);
    }

    @Override
    public void applyTo(StateWriter state) {
      Node node = ApplySteps.existing(state, EntityKind.NODE, "node", nodeId.value());
      Instant last = lastHeard.isAfter(node.lastHeartbeat()) ? lastHeard : node.lastHeartbeat();
      state.put(EntityKind.NODE, node.withHeartbeat(NodeStatus.DOWN, node.resources(), last));
      TaskChange.shutDownWhere(
          state, task -> task.isOn(nodeId) && task.desiredState() == DesiredState.RUNNING);
    }
  }
}
