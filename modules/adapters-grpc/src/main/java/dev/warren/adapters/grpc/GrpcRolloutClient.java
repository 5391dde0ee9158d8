package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.client.GrpcRolloutCall;
import dev.warren.adapters.grpc.mapping.RolloutSnapshotProtoMapper;
import dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.RolloutClient;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.WatchRolloutRequest;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * warren.rollouts.v1 over a {@link GrpcWarrenClient}'s channel. GetRollout is bounded by the
 * client's deadline; a watch lasts until the rollout settles or it is closed, its snapshots
 * arriving on gRPC's threads. Failures are the domain's, as {@link GrpcWarrenClient} documents.
 * Thread-safe.
 */
final class GrpcRolloutClient implements RolloutClient {
  private final Channel channel;
  private final String target;
  private final Duration deadline;

  GrpcRolloutClient(Channel channel, String target, Duration deadline) {
    this.channel = channel;
    this.target = target;
    this.deadline = deadline;
  }

  @Override
  public Optional<RolloutSnapshot> get(GetRolloutRequest request) {
    try {
      return RolloutSnapshotProtoMapper.toDomain(
          RolloutsGrpc.newBlockingStub(channel)
              .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
              .getRollout(RolloutSnapshotProtoMapper.toProto(request)));
    } catch (StatusRuntimeException failure) {
      throw StatusMapper.toClientException(failure, target);
    }
  }

  /**
   * Opens the watch without waiting for the manager: a refusal (no such service, no rollout) ends
   * the sink. The call has no deadline; close the watch to end it early.
   */
  @Override
  public RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink) {
    var call =
        new GrpcRolloutCall<dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest>(
            sink, failure -> StatusMapper.toClientException(failure, target));
    RolloutsGrpc.newStub(channel).watchRollout(RolloutSnapshotProtoMapper.toProto(request), call);
    return call;
  }
}
