package dev.warren.adapters.grpc.client;

import dev.warren.adapters.grpc.logs.proto.LogEntry;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.Optional;
import java.util.function.Function;

/**
 * One warren.logs.v1 call seen as a {@link LogFollow}: entries go to the sink as they arrive (on
 * gRPC's threads, one at a time), the call's end ends the sink with the failure {@code failures}
 * makes of its status, and closing cancels the call, after which the sink hears nothing more.
 */
public final class GrpcLogCall<Q> implements ClientResponseObserver<Q, LogEntry>, LogFollow {
  private final LogSink sink;
  private final Function<StatusRuntimeException, RuntimeException> failures;
  private volatile ClientCallStreamObserver<Q> call;
  private volatile boolean closed;

  public GrpcLogCall(LogSink sink, Function<StatusRuntimeException, RuntimeException> failures) {
    this.sink = sink;
    this.failures = failures;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
    this.call = requestStream;
  }

  @Override
  public void onNext(LogEntry entry) {
    if (closed) {
      return;
    }
    if (entry.getProblem().isEmpty()) {
      sink.line(entry.getSource(), entry.getLine());
    } else {
      sink.problem(entry.getSource(), entry.getProblem());
    }
  }

  @Override
  public void onError(Throwable failure) {
    if (closed) {
      return;
    }
    closed = true;
    StatusRuntimeException status =
        failure instanceof StatusRuntimeException known
            ? known
            : io.grpc.Status.fromThrowable(failure).asRuntimeException();
    sink.ended(Optional.of(failures.apply(status)));
  }

  @Override
  public void onCompleted() {
    if (!closed) {
      closed = true;
      sink.ended(Optional.empty());
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ClientCallStreamObserver<Q> started = call;
    if (started != null) {
      started.cancel("the reader closed the logs", null);
    }
  }
}
