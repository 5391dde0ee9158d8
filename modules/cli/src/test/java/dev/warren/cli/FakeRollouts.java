package dev.warren.cli;

import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.RolloutClient;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.WatchRolloutRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scripted rollouts by service id: GetRollout answers a script's first snapshot; a watch delivers
 * every snapshot of the script in order from a thread of its own (as gRPC's threads do), then ends
 * as scripted. Counts closed watches.
 */
public final class FakeRollouts implements RolloutClient {
  private record Script(List<RolloutSnapshot> snapshots, Optional<RuntimeException> end) {}

  private final Map<ServiceId, Script> scripts = new ConcurrentHashMap<>();
  private final List<Object> requests = new CopyOnWriteArrayList<>();

  /** Watches closed by their reader. */
  public final AtomicInteger closedWatches = new AtomicInteger();

  /** The service's rollout goes through {@code snapshots} and the watch then ends without error. */
  public void script(ServiceId service, RolloutSnapshot... snapshots) {
    scripts.put(service, new Script(List.of(snapshots), Optional.empty()));
  }

  /** The watch delivers {@code snapshots}, then ends with {@code failure}. */
  public void scriptFailing(
      ServiceId service, RuntimeException failure, RolloutSnapshot... snapshots) {
    scripts.put(service, new Script(List.of(snapshots), Optional.of(failure)));
  }

  /** The GetRollout and WatchRollout requests received, in order. */
  public List<Object> requests() {
    return List.copyOf(requests);
  }

  @Override
  public Optional<RolloutSnapshot> get(GetRolloutRequest request) {
    requests.add(request);
    return Optional.ofNullable(scripts.get(id(request.service())))
        .flatMap(script -> script.snapshots().stream().findFirst());
  }

  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    requests.add(request);
    Script script = scripts.get(id(request.service()));
    Thread.ofPlatform()
        .name("fake-rollout-watch")
        .start(
            () -> {
              if (script == null) {
                sink.ended(
                    Optional.of(
                        new dev.warren.domain.error.NotFoundException(
                            "service has no rollout to follow")));
                return;
              }
              script.snapshots().forEach(sink::snapshot);
              sink.ended(script.end());
            });
    return closedWatches::incrementAndGet;
  }

  private static ServiceId id(ServiceRef ref) {
    return switch (ref) {
      case ServiceRef.ById byId -> byId.id();
      case ServiceRef.ByName byName ->
          throw new IllegalArgumentException("the commands ask by id, not by name " + byName);
    };
  }
}
