package dev.warren.adapters.grpc.client;

import dev.warren.adapters.grpc.mapping.RolloutSnapshotProtoMapper;
import dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutWatch;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.Optional;
import java.util.function.Function;

/**
 * One WatchRollout call seen as a {@link RolloutWatch}: snapshots go to the sink as they arrive (on
 * gRPC's threads, one at a time), the call's end ends the sink with the failure {@code failures}
 * makes of its status, and closing cancels the call, after which the sink hears nothing more. A
 * snapshot the client cannot read ends the call with that failure.
 */
public final class GrpcRolloutCall<Q>
    implements ClientResponseObserver<Q, RolloutSnapshot>, RolloutWatch {
  private final RolloutSink sink;
  private final Function<StatusRuntimeException, RuntimeException> failures;
  private volatile ClientCallStreamObserver<Q> call;
  private volatile boolean closed;

  public GrpcRolloutCall(
      RolloutSink sink, Function<StatusRuntimeException, RuntimeException> failures) {
    this.sink = sink;
    this.failures = failures;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
    this.call = requestStream;
  }

  @Override
  public void onNext(RolloutSnapshot snapshot) {
    if (closed) {
      return;
    }
    dev.warren.domain.port.in.RolloutSnapshot read;
    try {
      read = RolloutSnapshotProtoMapper.toDomain(snapshot);
    } catch (RuntimeException unreadable) {
      closed = true;
      cancel("the client could not read a rollout snapshot");
      sink.ended(Optional.of(unreadable));
      return;
    }
    sink.snapshot(read);
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
            : Status.fromThrowable(failure).asRuntimeException();
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
    cancel("the watcher closed the rollout watch");
  }

  private void cancel(String why) {
    ClientCallStreamObserver<Q> started = call;
    if (started != null) {
      started.cancel(why, null);
    }
  }
}
