package dev.warren.application.workload;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.WatchRolloutRequest;
import dev.warren.domain.port.in.WatchRolloutUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live snapshots of services' rollouts, fed by {@link #onApplied} (registered on the apply
 * handler), which reads each watched service's rollout after every applied change and sends it when
 * it differs from the last one sent.
 *
 * <p>No stale snapshot: every read notes the log index it saw, and a watch sends only what a read
 * at a higher index than its last found, so the first read (on the caller's thread) and the apply
 * thread's reads cannot overtake each other. A skipped intermediate state is possible only where
 * two changes were applied between two reads, never on the apply thread itself, which reads after
 * each change.
 *
 * <p>Costs nothing while nobody watches; with watches, one read of their services' rollouts per
 * applied change. Thread-safe.
 */
public final class WatchRolloutHandler implements WatchRolloutUseCase {
  private final ClusterStatePort state;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

  public WatchRolloutHandler(ClusterStatePort state) {
    this.state = state;
  }

  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    record Found(Service service, Optional<Rollout> rollout, long index) {}
    Found found =
        state.read(
            reader -> {
              Service service = ServiceLookup.find(reader, request.service());
              return new Found(
                  service,
                  reader.get(EntityKind.ROLLOUT, service.id().value()),
                  reader.lastAppliedIndex());
            });
    if (found.rollout().isEmpty()) {
      throw new NotFoundException(
          "service "
              + found.service().name()
              + " has no rollout to follow: it was never updated to a new image or rolled back");
    }
    var subscription = new Subscription(found.service().id(), found.service().name(), sink);
    // Subscribed before the second read: a change applied after it reaches the subscription.
    subscriptions.add(subscription);
    subscription.observe(found.index(), found.rollout());
    subscription.readNow();
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
    for (Subscription subscription : subscriptions) {
      subscription.observe(logIndex, state.read(reader -> subscription.rolloutIn(reader)));
    }
  }

  /** How many watches are open; for tests and metrics. */
  public int openWatches() {
    return subscriptions.size();
  }

  /**
   * Whether the deployer leaves a rollout in this state as it is until someone acts: the last
   * snapshot a watch sends.
   */
  static boolean settled(RolloutState state) {
    return switch (state) {
      case PENDING, IN_PROGRESS -> false;
      case PAUSED, COMPLETED, FAILED -> true;
    };
  }

  private final class Subscription implements RolloutWatch {
    private final ServiceId serviceId;
    private final String serviceName;
    private final RolloutSink sink;
    // Guarded by this.
    private long lastIndex = -1;
    private Rollout lastSent;
    private boolean done;

    Subscription(ServiceId serviceId, String serviceName, RolloutSink sink) {
      this.serviceId = serviceId;
      this.serviceName = serviceName;
      this.sink = sink;
    }

    Optional<Rollout> rolloutIn(StateReader reader) {
      return reader.get(EntityKind.ROLLOUT, serviceId.value());
    }

    /** Reads the rollout and the index it is at in one read, and observes them. */
    void readNow() {
      record Read(long index, Optional<Rollout> rollout) {}
      Read read = state.read(reader -> new Read(reader.lastAppliedIndex(), rolloutIn(reader)));
      observe(read.index(), read.rollout());
    }

    /** The rollout as a read at {@code index} saw it (empty: the service is gone). */
    synchronized void observe(long index, Optional<Rollout> rollout) {
      if (done || index <= lastIndex) {
        return;
      }
      lastIndex = index;
      if (rollout.isEmpty()) {
        end(
            Optional.of(
                new NotFoundException(
                    "service " + serviceName + " was removed while its rollout was followed")));
        return;
      }
      Rollout now = rollout.get();
      if (!now.equals(lastSent)) {
        lastSent = now;
        sink.snapshot(now);
      }
      if (settled(now.state())) {
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
