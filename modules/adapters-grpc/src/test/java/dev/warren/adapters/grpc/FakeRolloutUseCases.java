package dev.warren.adapters.grpc;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.GetRolloutUseCase;
import dev.warren.domain.port.in.RolloutSink;
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

  /** The sample rollout of service {@code svc-web}, in {@code state}. */
  static Rollout rollout(RolloutState state) {
    Rollout sample = SampleEntities.rollout("svc-web");
    return new Rollout(
        sample.serviceId(),
        sample.serviceVersion(),
        sample.kind(),
        sample.strategy(),
        sample.updateConfig(),
        sample.fromImage(),
        sample.toImage(),
        state,
        sample.startedAt(),
        sample.updatedAt());
  }

  @Override
  public Optional<Rollout> get(GetRolloutRequest request) {
    requests.add(request);
    return switch (name(request.service())) {
      case "web", "stuck" -> Optional.of(rollout(RolloutState.IN_PROGRESS));
      case "idle" -> Optional.empty();
      default -> throw unknown(request.service());
    };
  }

  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    requests.add(request);
    switch (name(request.service())) {
      case "web" -> {
        sink.snapshot(rollout(RolloutState.IN_PROGRESS));
        sink.snapshot(rollout(RolloutState.COMPLETED));
        sink.ended(Optional.empty());
        return RolloutWatch.ended();
      }
      case "stuck" -> {
        sink.snapshot(rollout(RolloutState.IN_PROGRESS));
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
