package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc.getGetRolloutMethod;
import static dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc.getWatchRolloutMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;

import dev.warren.adapters.grpc.mapping.RolloutSnapshotProtoMapper;
import dev.warren.domain.port.in.RolloutUseCases;
import java.util.List;

/**
 * The RPCs of warren.rollouts.v1, declared once each like warren.v1's: GetRollout and WatchRollout,
 * reads for admins and managers (a worker follows no rollout). WatchRollout streams until the
 * rollout settles, the client cancels or the server shuts down (see {@link RolloutStreams}).
 */
public final class RolloutRpcs {
  private RolloutRpcs() {}

  /** GetRollout and WatchRollout, served by managers. */
  public static List<ServerRpc<?, ?>> declare(RolloutUseCases rollouts, StreamShutdown shutdown) {
    var streams = new RolloutStreams();
    shutdown.onShutdown(streams::endAll);
    return List.of(
        ServerRpc.read(
            getGetRolloutMethod(),
            administrators(),
            request ->
                RolloutSnapshotProtoMapper.toProto(
                    rollouts.get().get(RolloutSnapshotProtoMapper.toDomain(request)))),
        ServerRpc.readStream(
            getWatchRolloutMethod(),
            administrators(),
            (request, call) ->
                streams.serve(
                    call,
                    sink ->
                        rollouts
                            .watch()
                            .watch(RolloutSnapshotProtoMapper.toDomain(request), sink))));
  }
}
