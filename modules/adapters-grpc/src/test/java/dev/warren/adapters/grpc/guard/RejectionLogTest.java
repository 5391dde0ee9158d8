package dev.warren.adapters.grpc.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RejectionLogTest {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final InstantSource clock = () -> now;
  private final RejectionLog log = new RejectionLog(new Recording(), clock, Duration.ofMinutes(1));

  @Test
  void oneLinePerCallerAndIntervalCountingWhatWasSuppressed() {
    for (int i = 0; i < 1_000; i++) {
      log.rejected("'CN=alice'", "request is not a valid warren.v1.GetServiceRequest");
    }
    log.rejected("the local socket", "request is not a valid warren.v1.GetServiceRequest");
    now = now.plus(Duration.ofSeconds(61));
    log.rejected("'CN=alice'", "request is not a valid warren.v1.GetServiceRequest");

    assertThat(lines)
        .containsExactly(
            "refused a request from 'CN=alice': request is not a valid warren.v1.GetServiceRequest",
            "refused a request from the local socket: request is not a valid"
                + " warren.v1.GetServiceRequest",
            "refused a request from 'CN=alice': request is not a valid warren.v1.GetServiceRequest"
                + " (and 999 more since the previous line)");
  }

  @Test
  void callersBeyondTheBoundShareOneLineAndControlCharactersNeverReachTheLog() {
    for (int i = 0; i < RejectionLog.MAX_CALLERS + 500; i++) {
      log.rejected("'CN=minted-" + i + "\n'", "bad");
    }

    assertThat(lines).hasSize(RejectionLog.MAX_CALLERS + 1);
    assertThat(lines).noneMatch(line -> line.contains("\n"));
    assertThat(lines.getLast()).isEqualTo("refused a request from other callers: bad");
  }

  @Test
  void aHugeCallerNameIsCut() {
    log.rejected("x".repeat(1_000_000), "bad");

    assertThat(lines.getFirst()).hasSizeLessThan(200);
  }

  private final class Recording implements System.Logger {
    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      assertThat(thrown).isNull();
      lines.add(message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(format);
    }
  }
}
