package dev.warren.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "PT0S, Less than a second ago",
    "-PT5S, Less than a second ago",
    "PT1S, 1 second ago",
    "PT59S, 59 seconds ago",
    "PT61S, About a minute ago",
    "PT5M, 5 minutes ago",
    "PT1H, About an hour ago",
    "PT47H, 47 hours ago",
    "P3D, 3 days ago",
    "P21D, 3 weeks ago",
    "P90D, 3 months ago",
    "P800D, 2 years ago"
  })
  void describesHowLongAgoLikeTheDockerCli(Duration elapsed, String expected) {
    assertThat(RelativeTime.ago(NOW.minus(elapsed), NOW)).isEqualTo(expected);
  }
}
