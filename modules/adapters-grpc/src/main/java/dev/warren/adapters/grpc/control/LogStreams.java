package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.logs.proto.LogEntry;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Log streams as gRPC calls: each line the use case delivers becomes a {@code LogEntry}, its end
 * ends the call (OK, or the status its failure maps to), and a client's cancel closes the use
 * case's follow, which stops the reading on the node. Lines are sent as they come; a follow is slow
 * (a container's output), so no flow control is kept. The server's shutdown ends open streams with
 * UNAVAILABLE. Thread-safe.
 */
final class LogStreams {
  private final Set<Served> open = ConcurrentHashMap.newKeySet();

  /** One call: its response, under a lock since lines and the end come from other threads. */
  private final class Served implements LogSink {
    private final ServerCallStreamObserver<LogEntry> call;
    private volatile LogFollow follow = LogFollow.ended();
    private boolean done;

    Served(ServerCallStreamObserver<LogEntry> call) {
      this.call = call;
    }

    @Override
    public synchronized void line(String source, String text) {
      if (!done && !call.isCancelled()) {
        call.onNext(LogEntry.newBuilder().setSource(source).setLine(text).build());
      }
    }

    @Override
    public synchronized void problem(String source, String message) {
      if (!done && !call.isCancelled()) {
        call.onNext(LogEntry.newBuilder().setSource(source).setProblem(message).build());
      }
    }

    @Override
    public void ended(Optional<RuntimeException> failure) {
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
        if (!call.isCancelled()) {
          failure.ifPresentOrElse(
              cause -> call.onError(StatusMapper.toStatusException(cause)), call::onCompleted);
        }
      }
      open.remove(this);
    }

    void endNow(String reason) {
      follow.close();
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
        if (!call.isCancelled()) {
          call.onError(Status.UNAVAILABLE.withDescription(reason + "; ask again").asException());
        }
      }
      open.remove(this);
    }

    void cancelled() {
      synchronized (this) {
        done = true;
      }
      follow.close();
      open.remove(this);
    }
  }

  /** Serves one call with {@code start}, which starts the delivery into the sink it is given. */
  void serve(StreamObserver<LogEntry> response, Function<LogSink, LogFollow> start) {
    var call = (ServerCallStreamObserver<LogEntry>) response;
    var served = new Served(call);
    call.setOnCancelHandler(served::cancelled);
    open.add(served);
    try {
      served.follow = start.apply(served);
    } catch (RuntimeException refused) {
      served.ended(Optional.of(refused));
      return;
    }
    if (call.isCancelled()) {
      served.cancelled();
    }
  }

  /** Ends every open stream, naming {@code reason}: the server is going away. */
  void endAll(String reason) {
    open.forEach(served -> served.endNow(reason));
  }
}
