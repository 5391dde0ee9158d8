package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskStatusReport;

/** A node reports a new state of one of its containers. */
public record UpdateContainerStatusRequest(NodeId nodeId, TaskStatusReport report) {
  public UpdateContainerStatusRequest {
    Checks.notNull("node id", nodeId);
    Checks.notNull("report", report);
  }
}
