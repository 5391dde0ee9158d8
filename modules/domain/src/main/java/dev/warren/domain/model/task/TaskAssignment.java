package dev.warren.domain.model.task;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;

/** A waiting container and the node a scheduler pass placed it on. */
public record TaskAssignment(TaskId taskId, NodeId nodeId) {
  public TaskAssignment {
    Checks.notNull("container id", taskId);
    Checks.notNull("node id", nodeId);
  }
}
