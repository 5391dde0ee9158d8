package dev.warren.domain.port.in;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import dev.warren.domain.model.task.TaskStatusReport;
import java.util.List;
import java.util.Optional;

/**
 * A node's periodic liveness report: the resources it has available now, if it measured them, and
 * the states of its containers.
 */
public record RecordHeartbeatRequest(
    NodeId nodeId,
    Optional<NodeResources> availableResources,
    List<TaskStatusReport> containerStatuses) {
  public RecordHeartbeatRequest {
    Checks.notNull("node id", nodeId);
    Checks.notNull("available resources", availableResources);
    containerStatuses = Checks.list("container statuses", containerStatuses);
    availableResources.ifPresent(NodeResources::withinLimits);
    Checks.maxCount("container statuses", containerStatuses, InputLimits.CONTAINER_STATUSES);
    containerStatuses.forEach(UpdateContainerStatusRequest::checkReport);
  }
}
