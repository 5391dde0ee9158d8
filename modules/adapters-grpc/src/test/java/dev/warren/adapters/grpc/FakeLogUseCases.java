package dev.warren.adapters.grpc;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logs over a fixed text: target {@code web} is a service of two replicas, anything else unknown; a
 * follow stays open until closed (counted in {@link #closedFollows}). Records the requests.
 */
final class FakeLogUseCases implements StreamContainerLogsUseCase, StreamNodeLogsUseCase {
  final List<Object> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger closedFollows = new AtomicInteger();
  final List<LogSink> following = new CopyOnWriteArrayList<>();

  @Override
  public LogFollow stream(StreamContainerLogsRequest request, LogSink sink) {
    requests.add(request);
    if (!request.target().equals("web")) {
      throw new NotFoundException("no container or service is called " + request.target());
    }
    int lines = Math.min(request.tail().lines(), 3);
    for (int i = 3 - lines + 1; i <= 3; i++) {
      sink.line("web.1.abcdef@node-1", "line " + i);
    }
    sink.problem("web.2.fedcba@node-2", "cannot reach node node-2");
    return endOrFollow(request.follow(), sink);
  }

  @Override
  public LogFollow stream(StreamNodeLogsRequest request, LogSink sink) {
    requests.add(request);
    sink.line("", "from the node");
    return endOrFollow(request.follow(), sink);
  }

  private LogFollow endOrFollow(boolean follow, LogSink sink) {
    if (!follow) {
      sink.ended(Optional.empty());
      return LogFollow.ended();
    }
    following.add(sink);
    return closedFollows::incrementAndGet;
  }
}
