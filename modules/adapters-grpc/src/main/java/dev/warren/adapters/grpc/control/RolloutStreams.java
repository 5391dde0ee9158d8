package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.RolloutSnapshotProtoMapper;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rollout watches as gRPC calls: each snapshot becomes a {@code RolloutSnapshot} message, the
 * watch's end ends the call (OK once the rollout settled, or the status its failure maps to), and a
 * client's cancel closes the watch. Snapshots come at most one per committed change and are sent
 * without waiting (the watch runs on the apply thread). The server's shutdown ends open calls with
 * UNAVAILABLE. Thread-safe.
 */
final class RolloutStreams {
  private final Set<Served> open = ConcurrentHashMap.newKeySet();

  /** One call: its response, under a lock since snapshots and the end come from other threads. */
  private final class Served implements RolloutSink {
    private final ServerCallStreamObserver<dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot>
        call;
    private volatile RolloutWatch watch = RolloutWatch.ended();
    private boolean done;

    Served(ServerCallStreamObserver<dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot> call) {
      this.call = call;
    }

    @Override
    public synchronized void snapshot(RolloutSnapshot snapshot) {
      if (!done && !call.isCancelled()) {
        call.onNext(RolloutSnapshotProtoMapper.toProto(snapshot));
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
      watch.close();
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
        if (!call.isCancelled()) {
          call.onError(
              Status.UNAVAILABLE
                  .withDescription(reason + "; watch the rollout again on another manager")
                  .asException());
        }
      }
      open.remove(this);
    }

    void cancelled() {
      synchronized (this) {
        done = true;
      }
      watch.close();
      open.remove(this);
    }
  }

  /** Serves one call with {@code start}, which opens the watch that feeds the sink it is given. */
  void serve(
      StreamObserver<dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot> response,
      Function<RolloutSink, RolloutWatch> start) {
    var call =
        (ServerCallStreamObserver<dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot>)
            response;
    var served = new Served(call);
    call.setOnCancelHandler(served::cancelled);
    open.add(served);
    try {
      served.watch = start.apply(served);
    } catch (RuntimeException refused) {
      served.ended(Optional.of(refused));
      return;
    }
    if (call.isCancelled()) {
      served.cancelled();
    }
  }

  /** Ends every open call, naming {@code reason}: the server is going away. */
  void endAll(String reason) {
    open.forEach(served -> served.endNow(reason));
  }
}
