package dev.warren.application.logs;

import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import dev.warren.domain.port.out.ContainerRuntimePort;
import java.util.Optional;

/**
 * A node's own containers' logs, read from its runtime: the tail, then (following) the runtime's
 * delivery of new lines until the manager closes it. Thread-safe.
 */
public final class StreamNodeLogsHandler implements StreamNodeLogsUseCase {
  private final ContainerRuntimePort runtime;

  public StreamNodeLogsHandler(ContainerRuntimePort runtime) {
    this.runtime = Checks.notNull("container runtime", runtime);
  }

  @Override
  public LogFollow stream(StreamNodeLogsRequest request, LogSink sink) {
    Checks.notNull("request", request);
    Checks.notNull("log sink", sink);
    try {
      if (request.follow()) {
        return runtime.followLogs(
            request.container(), request.tail().lines(), line -> sink.line("", line));
      }
      runtime
          .tailLogs(request.container(), request.tail().lines())
          .forEach(line -> sink.line("", line));
      sink.ended(Optional.empty());
    } catch (RuntimeException failure) {
      sink.ended(Optional.of(failure));
    }
    return LogFollow.ended();
  }
}
