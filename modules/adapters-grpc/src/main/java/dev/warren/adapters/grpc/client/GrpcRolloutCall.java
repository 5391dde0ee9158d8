package dev.warren.adapters.grpc.client;

import dev.warren.adapters.grpc.mapping.RolloutSnapshotProtoMapper;
import dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutWatch;
import io.grpc.StatusRuntimeException;
import java.util.function.Function;

/**
 * One WatchRollout call seen as a {@link RolloutWatch}: snapshots go to the sink as they arrive (on
 * gRPC's threads, one at a time), the call's end ends the sink with the failure {@code failures}
 * makes of its status, and closing cancels the call, after which the sink hears nothing more. A
 * snapshot the client cannot read ends the call with that failure.
 */
public final class GrpcRolloutCall<Q> extends ServerStreamCall<Q, RolloutSnapshot>
    implements RolloutWatch {
  private final RolloutSink sink;

  public GrpcRolloutCall(
      RolloutSink sink, Function<StatusRuntimeException, RuntimeException> failures) {
    super(sink::ended, failures, "the watcher closed the rollout watch");
    this.sink = sink;
  }

  @Override
  void deliver(RolloutSnapshot snapshot) {
    dev.warren.domain.port.in.RolloutSnapshot read;
    try {
      read = RolloutSnapshotProtoMapper.toDomain(snapshot);
    } catch (RuntimeException unreadable) {
      fail("the client could not read a rollout snapshot", unreadable);
      return;
    }
    sink.snapshot(read);
  }
}
