package dev.warren.adapters.grpc.client;

import dev.warren.adapters.grpc.logs.proto.LogEntry;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import io.grpc.StatusRuntimeException;
import java.util.function.Function;

/**
 * One warren.logs.v1 call seen as a {@link LogFollow}: entries go to the sink as they arrive (on
 * gRPC's threads, one at a time), the call's end ends the sink with the failure {@code failures}
 * makes of its status, and closing cancels the call, after which the sink hears nothing more.
 */
public final class GrpcLogCall<Q> extends ServerStreamCall<Q, LogEntry> implements LogFollow {
  private final LogSink sink;

  public GrpcLogCall(LogSink sink, Function<StatusRuntimeException, RuntimeException> failures) {
    super(sink::ended, failures, "the reader closed the logs");
    this.sink = sink;
  }

  @Override
  void deliver(LogEntry entry) {
    if (entry.getProblem().isEmpty()) {
      sink.line(entry.getSource(), entry.getLine());
    } else {
      sink.problem(entry.getSource(), entry.getProblem());
    }
  }
}
