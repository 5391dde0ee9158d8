package dev.warren.adapters.grpc.guard;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log line per caller and interval for requests the server refused before any use case saw
 * them, so a client that sends garbage in a loop cannot fill the manager's disk. The line counts
 * what was suppressed since the previous one; it never carries a stack trace.
 *
 * <p>Callers are keyed by what the transport says about them (certificate subject, address, or the
 * local socket); a client can mint many keys, so at most {@value #MAX_CALLERS} are remembered and
 * the rest share one key. Thread-safe.
 */
public final class RejectionLog {
  static final int MAX_CALLERS = 1024;
  private static final String OTHER_CALLERS = "other callers";
  private static final int MAX_CALLER_CHARS = 120;

  private final System.Logger log;
  private final InstantSource clock;
  private final long intervalMillis;
  private final Map<String, Window> windows = new LinkedHashMap<>();

  private record Window(long startedMillis, int suppressed) {}

  /** Logs to {@code dev.warren.adapters.grpc.guard.RejectionLog}, once a minute per caller. */
  public RejectionLog() {
    this(
        System.getLogger(RejectionLog.class.getName()),
        InstantSource.system(),
        Duration.ofMinutes(1));
  }

  RejectionLog(System.Logger log, InstantSource clock, Duration interval) {
    this.log = log;
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
  }

  /**
   * Records that {@code caller}'s request was refused for {@code reason}; logs one WARNING line
   * unless this caller already had one within the interval.
   *
   * @return whether a line was written
   */
  public boolean rejected(String caller, String reason) {
    String key = printable(caller, MAX_CALLER_CHARS);
    long now = clock.millis();
    int suppressed;
    synchronized (windows) {
      if (!windows.containsKey(key) && windows.size() >= MAX_CALLERS) {
        windows
            .entrySet()
            .removeIf(entry -> now - entry.getValue().startedMillis() >= intervalMillis);
        if (windows.size() >= MAX_CALLERS) {
          key = OTHER_CALLERS;
        }
      }
      Window window = windows.get(key);
      if (window != null && now - window.startedMillis() < intervalMillis) {
        windows.put(key, new Window(window.startedMillis(), window.suppressed() + 1));
        return false;
      }
      suppressed = window == null ? 0 : window.suppressed();
      windows.put(key, new Window(now, 0));
    }
    log.log(
        Level.WARNING,
        "refused a request from "
            + key
            + ": "
            + printable(reason, 200)
            + (suppressed == 0 ? "" : " (and " + suppressed + " more since the previous line)"));
    return true;
  }

  /** {@code text} without control characters, cut to {@code max} characters. */
  static String printable(String text, int max) {
    var out = new StringBuilder(Math.min(text.length(), max + 1));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
    if (text.length() > max) {
      out.append('…');
    }
    return out.toString();
  }
}
