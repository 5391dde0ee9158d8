package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import dev.warren.domain.model.task.TaskStatusReport;

/** A node reports a new state of one of its containers. */
public record UpdateContainerStatusRequest(NodeId nodeId, TaskStatusReport report) {
  public UpdateContainerStatusRequest {
    Checks.notNull("node id", nodeId);
    Checks.notNull("report", report);
    checkReport(report);
  }

  /** A worker's report within {@link InputLimits}. */
  static void checkReport(TaskStatusReport report) {
    Checks.text("runtime container id", report.runtimeContainerId(), InputLimits.TEXT_CHARS);
    Checks.maxLength("container error", report.error(), InputLimits.MESSAGE_CHARS);
  }
}
