package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.logs.proto.ContainerLogsGrpc.getStreamContainerLogsMethod;
import static dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc.getStreamNodeLogsMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.logs.proto.LogEntry;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import io.grpc.MethodDescriptor;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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
    return List.of(
        streamed(
            getStreamContainerLogsMethod(),
            administrators(),
            shutdown,
            request ->
                new StreamContainerLogsRequest(
                    request.getTarget(),
                    tail(request.hasTail(), request.getTail()),
                    request.getFollow()),
            logs::stream));
  }

  /** StreamNodeLogs, served by every node that runs containers. */
  public static List<ServerRpc<?, ?>> nodeLogs(
      StreamNodeLogsUseCase logs, StreamShutdown shutdown) {
    return List.of(
        streamed(
            getStreamNodeLogsMethod(),
            managers(),
            shutdown,
            request ->
                new StreamNodeLogsRequest(
                    ContainerProtoMapper.containerId(request.getContainerId()),
                    tail(request.hasTail(), request.getTail()),
                    request.getFollow()),
            logs::stream));
  }

  /**
   * One log RPC: the request mapped to the domain (a bad one ends the call with its status), the
   * use case started on the call's sink, the stream ended by the server's shutdown.
   */
  private static <Q, D> ServerRpc<Q, LogEntry> streamed(
      MethodDescriptor<Q, LogEntry> method,
      AccessRule rule,
      StreamShutdown shutdown,
      Function<Q, D> toDomain,
      BiFunction<D, LogSink, LogFollow> start) {
    var streams = new LogStreams();
    shutdown.onShutdown(streams::endAll);
    return ServerRpc.readStream(
        method,
        rule,
        (request, call) -> streams.serve(call, sink -> start.apply(toDomain.apply(request), sink)));
  }

  /** The tail a request asks for: absent means every line. */
  private static LogTail tail(boolean given, int lines) {
    return given ? new LogTail(lines) : LogTail.all();
  }
}
