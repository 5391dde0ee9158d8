package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutableInstantSourceTest {
  @Test
  void theClockMovesOnlyWhenToldTo() {
    var clock = new MutableInstantSource(Instant.EPOCH);

    assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    assertThat(clock.advance(Duration.ofSeconds(5))).isEqualTo(Instant.ofEpochSecond(5));
    clock.set(Instant.ofEpochSecond(100));
    assertThat(clock.millis()).isEqualTo(100_000);
  }
}
