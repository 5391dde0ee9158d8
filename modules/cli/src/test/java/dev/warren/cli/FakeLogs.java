package dev.warren.cli;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Logs a test writes: per target, lines with their source; an unknown target ends with NOT_FOUND as
 * the manager's does. A follow ends after the lines too (the CLI tests do not wait).
 */
public final class FakeLogs implements StreamContainerLogsUseCase {
  private final Map<String, List<String[]>> lines = new ConcurrentHashMap<>();
  public final List<StreamContainerLogsRequest> requests = new CopyOnWriteArrayList<>();

  /** Adds {@code text} to {@code target}'s log, marked with {@code source} (empty: none). */
  public void write(String target, String source, String text) {
    lines
        .computeIfAbsent(target, key -> new CopyOnWriteArrayList<>())
        .add(new String[] {source, text});
  }

  @Override
  public LogFollow stream(StreamContainerLogsRequest request, LogSink sink) {
    requests.add(request);
    List<String[]> written = lines.get(request.target());
    if (written == null) {
      sink.ended(
          Optional.of(
              new NotFoundException("no container or service is called " + request.target())));
      return LogFollow.ended();
    }
    int from = Math.max(0, written.size() - request.tail().lines());
    written.subList(from, written.size()).forEach(line -> sink.line(line[0], line[1]));
    sink.ended(Optional.empty());
    return LogFollow.ended();
  }
}
