package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.EventProtoMapper;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.port.in.EventStream;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Relays one {@link EventStream} to one StreamEvents call at the pace the client reads: events are
 * taken from the stream only while the call can send without buffering, so a slow client leaves
 * them in the stream's bounded buffer (which cuts it off when full) instead of in the server's
 * memory.
 *
 * <p>Threading: every send happens in one drain loop at a time, run on {@code executor}; the
 * stream's signal (on the apply thread) and the call's readiness only schedule a drain. A cancelled
 * call closes the stream.
 */
final class EventStreamRelay {
  private final EventStream stream;
  private final ServerCallStreamObserver<dev.warren.adapters.grpc.proto.Event> call;
  private final Executor executor;
  private final Consumer<EventStreamRelay> onFinished;
  private final AtomicInteger scheduled = new AtomicInteger();
  private volatile boolean finished;
  private volatile String endReason;
  // Written only by the drain loop.
  private long lastSent;

  EventStreamRelay(
      EventStream stream,
      ServerCallStreamObserver<dev.warren.adapters.grpc.proto.Event> call,
      Executor executor,
      Consumer<EventStreamRelay> onFinished) {
    this.stream = stream;
    this.call = call;
    this.executor = executor;
    this.onFinished = onFinished;
  }

  /** Hooks the call and the stream up; must run inside the RPC's handler method. */
  void start() {
    call.setOnCancelHandler(this::cancelled);
    call.setOnReadyHandler(this::schedule);
    stream.onAvailable(this::schedule);
    schedule();
  }

  /**
   * Ends the call with UNAVAILABLE ("{@code reason}; resume after event N"), after the events
   * already being sent.
   */
  void end(String reason) {
    endReason = reason;
    schedule();
  }

  private void schedule() {
    if (scheduled.getAndIncrement() == 0) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    int missed = 1;
    do {
      if (!finished) {
        drainOnce();
      }
      missed = scheduled.addAndGet(-missed);
    } while (missed != 0);
  }

  private void drainOnce() {
    try {
      while (!finished && endReason == null && call.isReady()) {
        Optional<Event> next = stream.next(Duration.ZERO);
        if (next.isEmpty()) {
          break;
        }
        call.onNext(EventProtoMapper.toProto(next.get()));
        lastSent = next.get().id();
      }
      if (!finished && endReason != null) {
        finish(
            Status.UNAVAILABLE
                .withDescription(endReason + "; resume after event " + lastSent)
                .asRuntimeException());
      }
    } catch (RuntimeException failure) {
      finish(StatusMapper.toStatusException(failure));
    }
  }

  private void finish(StatusRuntimeException status) {
    finished = true;
    stream.close();
    call.onError(status);
    onFinished.accept(this);
  }

  private void cancelled() {
    finished = true;
    stream.close();
    onFinished.accept(this);
  }
}
