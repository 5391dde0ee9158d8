package dev.warren.application.workload;

import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A service's rollout and replicas as one read of the state holds them. */
final class RolloutSnapshots {
  private RolloutSnapshots() {}

  /** The snapshot of {@code service}'s rollout; empty if it never had one. */
  static Optional<RolloutSnapshot> of(StateReader reader, Service service) {
    Optional<Rollout> rollout = reader.get(EntityKind.ROLLOUT, service.id().value());
    return rollout.map(found -> snapshot(service, found, tasksOf(reader, service.id())));
  }

  static List<Task> tasksOf(StateReader reader, ServiceId service) {
    return reader.list(EntityKind.TASK).stream()
        .filter(task -> task.serviceId().equals(service))
        .toList();
  }

  static RolloutSnapshot snapshot(Service service, Rollout rollout, List<Task> tasks) {
    List<RolloutSnapshot.Replica> replicas =
        tasks.stream()
            .sorted(
                Comparator.comparingInt(Task::slot)
                    .thenComparing(Task::createdAt, Comparator.reverseOrder())
                    .thenComparing(task -> task.id().value()))
            .map(
                task ->
                    new RolloutSnapshot.Replica(
                        task.id(),
                        task.slot(),
                        task.serviceVersion(),
                        task.runs(service.spec()),
                        task.state(),
                        task.desiredState()))
            .toList();
    int desired =
        service.spec().mode() == ServiceMode.GLOBAL
            ? (int) replicas.stream().filter(RolloutSnapshot.Replica::isWanted).count()
            : service.spec().replicas();
    return new RolloutSnapshot(rollout, desired, replicas);
  }
}
