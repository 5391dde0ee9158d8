package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/**
 * Records a container's state as its node reports it. A repeated report (a retry after a lost
 * answer) succeeds without writing; every other report goes through the apply rule, which checks
 * the node and the forward-only transition.
 */
public record UpdateContainerStatusHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements UpdateContainerStatusUseCase {

  @Override
  public void update(UpdateContainerStatusRequest request) {
    TaskStatusReport report = request.report();
    Task task = state.read(reader -> ContainerLookup.find(reader, report.taskId()));
    if (task.isOn(request.nodeId()) && report.isShownBy(task)) {
      return;
    }
    Futures.await(
        log.propose(new TaskStateReported(request.nodeId(), report, StoredTime.now(clock))),
        "recording the state of container " + report.taskId());
  }
}
