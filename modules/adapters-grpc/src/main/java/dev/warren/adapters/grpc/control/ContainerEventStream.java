package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.port.in.ContainerWatch;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One WatchContainers call: moves events from a {@link ContainerWatch} to the client only while the
 * call is ready, so a slow client's backlog stays in the watch's bounded buffer (which cuts it off)
 * rather than in gRPC's unbounded one. Sends when the watch wakes it (on a fresh virtual thread,
 * never on the log's apply thread) and when the call becomes ready again. A cancelled call closes
 * the watch; a cut-off watch ends the call with ABORTED ("watch again").
 */
final class ContainerEventStream {
  private final ServerCallStreamObserver<ContainerEvent> call;
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Object lock = new Object();
  // Guarded by lock.
  private ContainerWatch watch;
  private boolean finished;

  ContainerEventStream(ServerCallStreamObserver<ContainerEvent> call) {
    this.call = call;
  }

  /** Opens the watch with {@code opener} (given the wake-up callback) and sends what it has. */
  void open(Function<Runnable, ContainerWatch> opener) {
    call.setOnCancelHandler(this::cancelled);
    call.setOnReadyHandler(this::drain);
    ContainerWatch opened;
    try {
      opened = opener.apply(this::wakeUp);
    } catch (RuntimeException refused) {
      synchronized (lock) {
        finished = true;
      }
      call.onError(StatusMapper.toStatusException(refused));
      return;
    }
    synchronized (lock) {
      watch = opened;
      if (finished) {
        opened.close();
        return;
      }
    }
    drain();
  }

  private void wakeUp() {
    if (drainScheduled.compareAndSet(false, true)) {
      Thread.ofVirtual()
          .name("watch-containers")
          .start(
              () -> {
                drainScheduled.set(false);
                drain();
              });
    }
  }

  private void drain() {
    synchronized (lock) {
      if (finished || watch == null) {
        return;
      }
      try {
        while (call.isReady()) {
          Optional<TaskEvent> next = watch.poll();
          if (next.isEmpty()) {
            return;
          }
          call.onNext(ContainerProtoMapper.toProto(next.get()));
        }
      } catch (DomainException cutOff) {
        end();
        call.onError(StatusMapper.toStatusException(cutOff));
      } catch (StatusRuntimeException callGone) {
        end();
      } catch (RuntimeException bug) {
        end();
        call.onError(StatusMapper.toStatusException(bug));
      }
    }
  }

  private void cancelled() {
    synchronized (lock) {
      if (!finished) {
        end();
      }
    }
  }

  /** Called with the lock held. */
  private void end() {
    finished = true;
    if (watch != null) {
      watch.close();
    }
  }
}
