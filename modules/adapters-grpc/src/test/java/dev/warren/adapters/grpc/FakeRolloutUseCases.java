package dev.warren.adapters.grpc;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.GetRolloutUseCase;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutUseCases;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.WatchRolloutRequest;
import dev.warren.domain.port.in.WatchRolloutUseCase;
import dev.warren.testkit.SampleEntities;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rollouts of fixed services: {@code web} is rolling out (a watch sees it in progress, then
 * completed, and ends), {@code stuck} stays in progress until the watch is closed (counted in
 * {@link #closedWatches}), {@code idle} never had a rollout; any other name is unknown. Records the
 * requests.
 */
final class FakeRolloutUseCases implements GetRolloutUseCase, WatchRolloutUseCase {
  final List<Object> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger closedWatches = new AtomicInteger();
  final List<RolloutSink> watching = new CopyOnWriteArrayList<>();

  RolloutUseCases useCases() {
    return new RolloutUseCases(this, this);
  }

  /**
   * The sample rollout of service {@code svc-web}, in {@code state} at step 1 of 2, with two
   * replicas: slot 1 updated and running, slot 2 still on the old spec.
   */
  static RolloutSnapshot snapshot(RolloutState state) {
    Rollout rollout =
        SampleEntities.rollout("svc-web")
            .progressed(state, 1, 2, "replica web.2 is starting", SampleEntities.T0);
    return new RolloutSnapshot(
        rollout,
        2,
        List.of(
            new RolloutSnapshot.Replica(
                TaskId.of("c-1"),
                1,
                rollout.serviceVersion(),
                true,
                TaskState.RUNNING,
                DesiredState.RUNNING),
            new RolloutSnapshot.Replica(
                TaskId.of("c-2"),
                2,
                rollout.previousVersion(),
                false,
                TaskState.RUNNING,
                DesiredState.RUNNING)));
  }

  @Override
  public Optional<RolloutSnapshot> get(GetRolloutRequest request) {
    requests.add(request);
    return switch (name(request.service())) {
      case "web", "stuck" -> Optional.of(snapshot(RolloutState.IN_PROGRESS));
      case "idle" -> Optional.empty();
      default -> throw unknown(request.service());
    };
  }

  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    requests.add(request);
    switch (name(request.service())) {
      case "web" -> {
        sink.snapshot(snapshot(RolloutState.IN_PROGRESS));
        sink.snapshot(snapshot(RolloutState.COMPLETED));
        sink.ended(Optional.empty());
        return RolloutWatch.ended();
      }
      case "stuck" -> {
        sink.snapshot(snapshot(RolloutState.IN_PROGRESS));
        watching.add(sink);
        return closedWatches::incrementAndGet;
      }
      default -> throw unknown(request.service());
    }
  }

  private static String name(ServiceRef ref) {
    return switch (ref) {
      case ServiceRef.ByName byName -> byName.name();
      case ServiceRef.ById byId -> byId.id().value();
    };
  }

  private static NotFoundException unknown(ServiceRef ref) {
    return new NotFoundException("service not found: " + name(ref));
  }
}
