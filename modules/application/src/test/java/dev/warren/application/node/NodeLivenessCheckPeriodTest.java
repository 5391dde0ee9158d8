package dev.warren.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How often the liveness loop looks: a silent node is marked down at most a second late. */
class NodeLivenessCheckPeriodTest {
  @Test
  void theDefaultTimeoutIsCheckedEverySecondNotEveryFive() {
    assertThat(NodeLivenessLoop.checkPeriod(NodeLivenessLoop.DEFAULT_TIMEOUT))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aShortTimeoutIsCheckedEveryThirdOfIt() {
    assertThat(NodeLivenessLoop.checkPeriod(Duration.ofMillis(600)))
        .isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void aTimeoutTooShortToDivideIsCheckedEveryMillisecond() {
    assertThat(NodeLivenessLoop.checkPeriod(Duration.ofNanos(2))).isEqualTo(Duration.ofMillis(1));
  }
}
