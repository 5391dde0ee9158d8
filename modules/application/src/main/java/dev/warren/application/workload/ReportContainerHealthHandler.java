package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.domain.change.TaskChange.TaskHealthChanged;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/**
 * Takes health probe results. Probes run every few seconds on every container, so only a change of
 * health is replicated; a result confirming the current health is answered from the local state.
 */
public record ReportContainerHealthHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements ReportContainerHealthUseCase {

  @Override
  public void report(ReportContainerHealthRequest request) {
    Task task = state.read(reader -> ContainerLookup.find(reader, request.containerId()));
    TaskHealth health = TaskHealth.of(request.healthy());
    if (task.health() == health) {
      return;
    }
    Futures.await(
        log.propose(new TaskHealthChanged(task.id(), health)),
        "recording the health of container " + task.id());
  }
}
