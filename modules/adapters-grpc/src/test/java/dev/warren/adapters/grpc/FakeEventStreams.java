package dev.warren.adapters.grpc;

import dev.warren.domain.model.event.Event;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.domain.port.in.StreamEventsUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Streams the test feeds by hand: each open call records its request and returns a {@link
 * FakeStream} whose events, failure and closing the test controls and observes.
 */
final class FakeEventStreams implements StreamEventsUseCase {
  final List<StreamEventsRequest> requests = new CopyOnWriteArrayList<>();
  final List<FakeStream> opened = new CopyOnWriteArrayList<>();
  private volatile Supplier<RuntimeException> refusal;

  /** Every following open throws what {@code next} supplies. */
  void refuseWith(Supplier<RuntimeException> next) {
    refusal = next;
  }

  @Override
  public EventStream open(StreamEventsRequest request) {
    requests.add(request);
    if (refusal != null) {
      throw refusal.get();
    }
    var stream = new FakeStream();
    opened.add(stream);
    return stream;
  }

  /** An unbounded stream: what the server takes from it is what it sent (or buffered). */
  static final class FakeStream implements EventStream {
    private final ConcurrentLinkedQueue<Event> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    final AtomicInteger taken = new AtomicInteger();
    private volatile RuntimeException failure;
    private volatile Runnable signal = () -> {};

    void add(Event event) {
      pending.add(event);
      signal.run();
    }

    /** Ends the stream with {@code cause} once the pending events are taken. */
    void failWith(RuntimeException cause) {
      failure = cause;
      signal.run();
    }

    int pendingCount() {
      return pending.size();
    }

    boolean isClosed() {
      return closed.get();
    }

    @Override
    public Optional<Event> next(Duration wait) {
      if (closed.get()) {
        return Optional.empty();
      }
      Event event = pending.poll();
      if (event != null) {
        taken.incrementAndGet();
        return Optional.of(event);
      }
      if (failure != null) {
        throw failure;
      }
      return Optional.empty();
    }

    @Override
    public void onAvailable(Runnable signal) {
      this.signal = signal;
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }
}
