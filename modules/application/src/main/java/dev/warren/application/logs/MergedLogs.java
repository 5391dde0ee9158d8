package dev.warren.application.logs;

import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.logs.LogSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Several containers' deliveries into one sink: calls are serialised, nothing passes once closed,
 * and the sink ends once every delivery has. For a service a failed replica is a {@link
 * LogSink#problem} and the stream fails only when every replica did; one container's failure is the
 * stream's.
 */
final class MergedLogs {
  private final LogSink sink;
  private final boolean service;
  private final List<String> failures = new ArrayList<>();
  private final int deliveries;
  private int running;
  private boolean closed;

  MergedLogs(LogSink sink, int deliveries, boolean service) {
    this.sink = sink;
    this.deliveries = deliveries;
    this.running = deliveries;
    this.service = service;
    if (deliveries == 0) {
      closed = true;
      sink.ended(Optional.empty());
    }
  }

  /** The sink one container's delivery writes to; {@code source} marks its lines. */
  LogSink replica(String source) {
    return new LogSink() {
      private boolean ended;

      @Override
      public void line(String ignored, String text) {
        synchronized (MergedLogs.this) {
          if (!closed && !ended) {
            sink.line(source, text);
          }
        }
      }

      @Override
      public void problem(String ignored, String message) {
        synchronized (MergedLogs.this) {
          if (!closed && !ended) {
            sink.problem(source, message);
          }
        }
      }

      @Override
      public void ended(Optional<RuntimeException> failure) {
        synchronized (MergedLogs.this) {
          if (closed || ended) {
            return;
          }
          ended = true;
          running--;
          if (failure.isPresent() && !service) {
            end(failure);
            return;
          }
          failure.ifPresent(
              cause -> {
                failures.add(cause.getMessage());
                sink.problem(source, cause.getMessage());
              });
          if (running == 0) {
            end(
                failures.isEmpty() || failures.size() < deliveries
                    ? Optional.empty()
                    : Optional.of(
                        new UnavailableException(
                            "no replica's logs could be read: " + String.join("; ", failures))));
          }
        }
      }
    };
  }

  private void end(Optional<RuntimeException> failure) {
    closed = true;
    sink.ended(failure);
  }

  synchronized void close() {
    closed = true;
  }
}
