package dev.warren.application.workload;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.WatchRolloutRequest;
import dev.warren.domain.port.in.WatchRolloutUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live snapshots of services' rollouts, fed by {@link #onApplied} (registered on the apply
 * handler): after every applied change that touched a watched service, its rollout or one of its
 * replicas, the watch's snapshot is read again and sent if it differs from the last one sent.
 *
 * <p>No stale snapshot: every read notes the log index it saw, and a watch sends only what a read
 * at a higher index than its last found, so the first read (on the caller's thread) and the apply
 * thread's reads cannot overtake each other.
 *
 * <p>Costs nothing while nobody watches; with watches, per applied change a look at the touched
 * replicas and one read of each watched service and rollout, and a read of the service's replicas
 * only when something of it changed. Sinks are called on the apply thread. Thread-safe.
 */
public final class WatchRolloutHandler implements WatchRolloutUseCase {
  private final ClusterStatePort state;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

  public WatchRolloutHandler(ClusterStatePort state) {
    this.state = state;
  }

  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    Service service = state.read(reader -> ServiceLookup.find(reader, request.service()));
    var subscription = new Subscription(service.id(), service.name(), sink);
    // Subscribed before the read: a change applied after it reaches the subscription.
    subscriptions.add(subscription);
    try {
      record Read(long index, Optional<Service> service, Optional<Rollout> rollout) {}
      Read read =
          state.read(
              reader ->
                  new Read(
                      reader.lastAppliedIndex(),
                      reader.get(EntityKind.SERVICE, service.id().value()),
                      reader.get(EntityKind.ROLLOUT, service.id().value())));
      if (read.service().isPresent() && read.rollout().isEmpty()) {
        throw new NotFoundException(
            "service "
                + service.name()
                + " has no rollout to follow: it was never updated to a new spec or rolled back");
      }
    } catch (RuntimeException refused) {
      subscriptions.remove(subscription);
      throw refused;
    }
    state.read(
        reader -> {
          subscription.refresh(reader, reader.lastAppliedIndex(), true);
          return null;
        });
    return subscription;
  }

  /**
   * Sends each watch its service's rollout as the change at {@code logIndex} left it. Runs on the
   * apply thread right after the change is applied; never waits for a watcher.
   */
  public void onApplied(long logIndex, StateChange change) {
    if (subscriptions.isEmpty()) {
      return;
    }
    state.read(
        reader -> {
          List<TaskId> touched = List.copyOf(TaskChange.touchedBy(change, reader));
          for (Subscription subscription : subscriptions) {
            boolean replicasMoved =
                touched.stream()
                    .anyMatch(
                        id ->
                            reader
                                .get(EntityKind.TASK, id.value())
                                .map(task -> task.serviceId().equals(subscription.serviceId))
                                .orElse(true));
            subscription.refresh(reader, logIndex, replicasMoved);
          }
          return null;
        });
  }

  /** How many watches are open; for tests and metrics. */
  public int openWatches() {
    return subscriptions.size();
  }

  private final class Subscription implements RolloutWatch {
    private final ServiceId serviceId;
    private final String serviceName;
    private final RolloutSink sink;
    // Guarded by this.
    private long lastIndex = -1;
    private Service lastService;
    private Rollout lastRollout;
    private RolloutSnapshot lastSent;
    private boolean done;

    Subscription(ServiceId serviceId, String serviceName, RolloutSink sink) {
      this.serviceId = serviceId;
      this.serviceName = serviceName;
      this.sink = sink;
    }

    /**
     * Reads the snapshot at {@code index} if the service, its rollout or (as {@code replicasMoved}
     * says) its replicas changed, and sends it if it differs from the last one.
     */
    synchronized void refresh(StateReader reader, long index, boolean replicasMoved) {
      if (done || index <= lastIndex) {
        return;
      }
      lastIndex = index;
      Optional<Service> service = reader.get(EntityKind.SERVICE, serviceId.value());
      Optional<Rollout> rollout = reader.get(EntityKind.ROLLOUT, serviceId.value());
      if (service.isEmpty() || rollout.isEmpty()) {
        end(
            Optional.of(
                new NotFoundException(
                    "service " + serviceName + " was removed while its rollout was followed")));
        return;
      }
      if (!replicasMoved
          && service.get().equals(lastService)
          && Objects.equals(rollout.get(), lastRollout)) {
        return;
      }
      lastService = service.get();
      lastRollout = rollout.get();
      RolloutSnapshot now =
          RolloutSnapshots.snapshot(
              service.get(), rollout.get(), RolloutSnapshots.tasksOf(reader, serviceId));
      if (!now.equals(lastSent)) {
        lastSent = now;
        sink.snapshot(now);
      }
      if (!now.rollout().state().isActive()) {
        end(Optional.empty());
      }
    }

    /** Called with the lock held. */
    private void end(Optional<RuntimeException> failure) {
      done = true;
      subscriptions.remove(this);
      sink.ended(failure);
    }

    @Override
    public void close() {
      synchronized (this) {
        done = true;
      }
      subscriptions.remove(this);
    }
  }
}
