package dev.warren.adapters.grpc.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One server-streaming call as its watcher sees it: messages are delivered as they arrive (on
 * gRPC's threads, one at a time), the call's end is reported once, with the failure {@code
 * failures} makes of its status, and closing cancels the call, after which nothing more is
 * delivered. The logs and rollout watches differ only in what a message becomes.
 */
abstract class ServerStreamCall<Q, R> implements ClientResponseObserver<Q, R> {
  private final Consumer<Optional<RuntimeException>> ended;
  private final Function<StatusRuntimeException, RuntimeException> failures;
  private final String closedReason;
  private volatile ClientCallStreamObserver<Q> call;
  private volatile boolean closed;

  /**
   * @param ended told once how the call ended (empty: the server completed it)
   * @param closedReason what the server is told when the watcher closes the call
   */
  ServerStreamCall(
      Consumer<Optional<RuntimeException>> ended,
      Function<StatusRuntimeException, RuntimeException> failures,
      String closedReason) {
    this.ended = ended;
    this.failures = failures;
    this.closedReason = closedReason;
  }

  /** Hands one message of a call still open to the watcher. */
  abstract void deliver(R message);

  /** Ends the call from this side: the server hears {@code why}, the watcher {@code failure}. */
  final void fail(String why, RuntimeException failure) {
    closed = true;
    cancel(why);
    ended.accept(Optional.of(failure));
  }

  @Override
  public final void beforeStart(ClientCallStreamObserver<Q> requestStream) {
    this.call = requestStream;
  }

  @Override
  public final void onNext(R message) {
    if (!closed) {
      deliver(message);
    }
  }

  @Override
  public final void onError(Throwable failure) {
    if (closed) {
      return;
    }
    closed = true;
    StatusRuntimeException status =
        failure instanceof StatusRuntimeException known
            ? known
            : Status.fromThrowable(failure).asRuntimeException();
    ended.accept(Optional.of(failures.apply(status)));
  }

  @Override
  public final void onCompleted() {
    if (!closed) {
      closed = true;
      ended.accept(Optional.empty());
    }
  }

  /** Cancels the call; the watcher hears nothing more. Idempotent. */
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    cancel(closedReason);
  }

  private void cancel(String why) {
    ClientCallStreamObserver<Q> started = call;
    if (started != null) {
      started.cancel(why, null);
    }
  }
}
