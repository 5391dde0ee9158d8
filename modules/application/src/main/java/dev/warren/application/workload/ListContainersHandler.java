package dev.warren.application.workload;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.Comparator;
import java.util.List;

/** Lists containers, filtered by service and node, ordered as {@code service ps} shows them. */
public record ListContainersHandler(StateQueries queries) implements ListContainersUseCase {
  private static final Comparator<Task> ORDER =
      Comparator.comparing(Task::serviceName)
          .thenComparingInt(Task::slot)
          .thenComparing(Task::createdAt)
          .thenComparing(task -> task.id().value());

  @Override
  public List<Task> list(ListContainersRequest request) {
    List<Task> tasks = queries.read(request.consistency(), reader -> reader.list(EntityKind.TASK));
    return tasks.stream()
        .filter(task -> request.serviceId().map(task.serviceId()::equals).orElse(true))
        .filter(task -> request.nodeId().map(task::isOn).orElse(true))
        .sorted(ORDER)
        .toList();
  }
}
