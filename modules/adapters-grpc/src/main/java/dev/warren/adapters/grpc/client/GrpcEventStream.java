package dev.warren.adapters.grpc.client;

import dev.warren.adapters.grpc.mapping.EventProtoMapper;
import dev.warren.adapters.grpc.proto.StreamEventsRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.port.in.EventStream;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events of one StreamEvents call to a manager. Flow-controlled: the server may send {@link
 * #WINDOW} events ahead and one more for each taken, so at most that many wait here, and a reader
 * that stops reading makes the manager cut the stream off (with the id to resume after) rather than
 * grow a buffer anywhere.
 *
 * <p>Failures reach the reader from {@link #next}, after the events received before them: the
 * manager's refusal (an unknown event type, a resume point no longer kept) as its domain exception,
 * a lost connection or a shut-down manager as {@link UnavailableException}. Thread-safe; gRPC's
 * threads only buffer and signal.
 */
public final class GrpcEventStream
    implements EventStream,
        ClientResponseObserver<StreamEventsRequest, dev.warren.adapters.grpc.proto.Event> {
  /** Events the manager may send before the reader takes them. */
  static final int WINDOW = 64;

  private final String target;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Event> buffered = new ArrayDeque<>();
  private volatile Runnable signal = () -> {};
  private volatile ClientCallStreamObserver<StreamEventsRequest> call;
  // Guarded by lock.
  private RuntimeException failure;
  private boolean closed;

  private GrpcEventStream(String target) {
    this.target = target;
  }

  /**
   * Starts the call; it connects lazily, so an unreachable manager is reported by {@link #next}.
   */
  public static GrpcEventStream open(
      WarrenAPIGrpc.WarrenAPIStub stub,
      dev.warren.domain.port.in.StreamEventsRequest request,
      String target) {
    var stream = new GrpcEventStream(target);
    stub.streamEvents(EventProtoMapper.toProto(request), stream);
    return stream;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<StreamEventsRequest> requestStream) {
    call = requestStream;
    requestStream.disableAutoRequestWithInitial(WINDOW);
  }

  @Override
  public void onNext(dev.warren.adapters.grpc.proto.Event message) {
    RuntimeException invalid = null;
    lock.lock();
    try {
      try {
        buffered.add(EventProtoMapper.toDomain(message));
      } catch (RuntimeException malformed) {
        invalid = malformed;
        failure =
            new IllegalStateException(
                "the manager at " + target + " sent a malformed event: " + malformed.getMessage(),
                malformed);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (invalid != null) {
      call.cancel("malformed event", invalid);
    }
    signal.run();
  }

  @Override
  public void onError(Throwable error) {
    fail(
        error instanceof StatusRuntimeException status
            ? StatusMapper.toClientException(status, target)
            : new UnavailableException(
                "the event stream from the manager at " + target + " failed: " + error, error));
  }

  @Override
  public void onCompleted() {
    fail(new UnavailableException("the manager at " + target + " ended the event stream"));
  }

  private void fail(RuntimeException cause) {
    lock.lock();
    try {
      if (failure == null) {
        failure = cause;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    signal.run();
  }

  /** {@inheritDoc} */
  @Override
  public Optional<Event> next(Duration wait) {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    Event event;
    lock.lock();
    try {
      while (true) {
        if (closed) {
          return Optional.empty();
        }
        event = buffered.poll();
        if (event != null) {
          break;
        }
        if (failure != null) {
          throw failure;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return Optional.empty();
        }
        changed.awaitNanos(remaining);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      lock.unlock();
    }
    call.request(1);
    return Optional.of(event);
  }

  /** {@inheritDoc} */
  @Override
  public void onAvailable(Runnable signal) {
    this.signal = signal == null ? () -> {} : signal;
  }

  /** Cancels the call; {@link #next} returns empty from then on. Idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      buffered.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    call.cancel("closed by the client", null);
  }
}
