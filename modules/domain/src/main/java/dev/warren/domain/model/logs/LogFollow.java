package dev.warren.domain.model.logs;

/**
 * A running delivery of log lines (a tail being followed, a stream from a node). Closing it stops
 * the delivery and frees what it holds (a thread, a connection); no line arrives once close has
 * returned. Idempotent and safe from any thread.
 */
@FunctionalInterface
public interface LogFollow extends AutoCloseable {

  /** A follow with nothing to stop (a delivery that already ended). */
  static LogFollow ended() {
    return () -> {};
  }

  @Override
  void close();
}
