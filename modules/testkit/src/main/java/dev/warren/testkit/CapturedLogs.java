package dev.warren.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every record the JDK's root logger publishes while it is {@link #start started}, for tests that
 * assert what a server writes to its log (no stack trace, one line per refusal).
 */
public final class CapturedLogs implements AutoCloseable {
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Starts capturing; {@link #close} stops. */
  public CapturedLogs start() {
    Logger.getLogger("").addHandler(handler);
    return this;
  }

  /** What was published so far, oldest first. */
  public List<LogRecord> records() {
    return records;
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(handler);
  }
}
