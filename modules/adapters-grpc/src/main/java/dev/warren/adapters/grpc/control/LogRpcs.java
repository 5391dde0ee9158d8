package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.logs.proto.ContainerLogsGrpc.getStreamContainerLogsMethod;
import static dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc.getStreamNodeLogsMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.logs.proto.LogEntry;
import dev.warren.adapters.grpc.logs.proto.StreamContainerLogsRequest;
import dev.warren.adapters.grpc.logs.proto.StreamNodeLogsRequest;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import java.util.List;

/**
 * The RPCs of warren.logs.v1, declared once each like warren.v1's: StreamContainerLogs for admins
 * and managers (a worker reads no one's logs), StreamNodeLogs for managers only (the hop from a
 * manager to the node that runs the container). Both stream until the use case ends them or the
 * client cancels (see {@link LogStreams}).
 */
public final class LogRpcs {
  private LogRpcs() {}

  /** StreamContainerLogs, served by managers. */
  public static List<ServerRpc<?, ?>> containerLogs(
      StreamContainerLogsUseCase logs, StreamShutdown shutdown) {
    var streams = new LogStreams();
    shutdown.onShutdown(streams::endAll);
    return List.of(
        ServerRpc.readStream(
            getStreamContainerLogsMethod(),
            administrators(),
            (StreamContainerLogsRequest request, io.grpc.stub.StreamObserver<LogEntry> call) ->
                streams.serve(
                    call,
                    sink ->
                        logs.stream(
                            new dev.warren.domain.port.in.StreamContainerLogsRequest(
                                request.getTarget(),
                                request.hasTail() ? new LogTail(request.getTail()) : LogTail.all(),
                                request.getFollow()),
                            sink))));
  }

  /** StreamNodeLogs, served by every node that runs containers. */
  public static List<ServerRpc<?, ?>> nodeLogs(
      StreamNodeLogsUseCase logs, StreamShutdown shutdown) {
    var streams = new LogStreams();
    shutdown.onShutdown(streams::endAll);
    return List.of(
        ServerRpc.readStream(
            getStreamNodeLogsMethod(),
            managers(),
            (StreamNodeLogsRequest request, io.grpc.stub.StreamObserver<LogEntry> call) ->
                streams.serve(
                    call,
                    sink ->
                        logs.stream(
                            new dev.warren.domain.port.in.StreamNodeLogsRequest(
                                ContainerProtoMapper.containerId(request.getContainerId()),
                                request.hasTail() ? new LogTail(request.getTail()) : LogTail.all(),
                                request.getFollow()),
                            sink))));
  }
}
