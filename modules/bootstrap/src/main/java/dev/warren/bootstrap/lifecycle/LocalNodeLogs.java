package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import java.util.Optional;

/**
 * This node's own containers' logs, once its worker runs: the endpoint that serves them (the
 * worker's logs endpoint, a hybrid manager's API) starts before the worker's runtime exists, so the
 * runtime's reader is attached when the worker has started and detached when it stops.
 */
public final class LocalNodeLogs implements StreamNodeLogsUseCase {
  private volatile Optional<StreamNodeLogsUseCase> worker = Optional.empty();

  /** Serves the logs of the worker's containers from {@code logs} until the result is closed. */
  public AutoCloseable attach(StreamNodeLogsUseCase logs) {
    worker = Optional.of(logs);
    return () -> worker = Optional.empty();
  }

  @Override
  public LogFollow stream(StreamNodeLogsRequest request, LogSink sink) {
    Optional<StreamNodeLogsUseCase> running = worker;
    if (running.isEmpty()) {
      sink.ended(
          Optional.of(
              new UnavailableException(
                  "this node runs no worker now, so it holds no logs of container "
                      + request.container()
                      + "; ask again once its worker has started")));
      return LogFollow.ended();
    }
    return running.get().stream(request, sink);
  }
}
