package dev.warren.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RenewalScheduleTest {
  private static final Instant NOT_BEFORE = Instant.parse("2026-03-01T09:55:00Z");
  private static final Instant NOT_AFTER = NOT_BEFORE.plus(Duration.ofDays(90));

  /** A generator that always answers the bound it is given: the lowest or the highest value. */
  private static RandomGenerator extreme(boolean highest) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public long nextLong(long origin, long bound) {
        return highest ? bound - 1 : origin;
      }
    };
  }

  @Test
  void theEarliestDrawIsHalfwayThroughTheLife() {
    assertThat(RenewalSchedule.renewAt(NOT_BEFORE, NOT_AFTER, extreme(false)))
        .isEqualTo(NOT_BEFORE.plus(Duration.ofDays(45)));
  }

  @Test
  void theLatestDrawIsAtEightyPercentOfTheLife() {
    assertThat(RenewalSchedule.renewAt(NOT_BEFORE, NOT_AFTER, extreme(true)))
        .isEqualTo(NOT_BEFORE.plus(Duration.ofDays(72)));
  }

  @Test
  void drawsSpreadAcrossTheWholeWindowAndNeverLeaveIt() {
    var random = new SplittableRandom(7);
    Instant earliest = NOT_BEFORE.plus(Duration.ofDays(45));
    Instant latest = NOT_BEFORE.plus(Duration.ofDays(72));
    Instant first = latest;
    Instant last = earliest;
    for (int i = 0; i < 10_000; i++) {
      Instant at = RenewalSchedule.renewAt(NOT_BEFORE, NOT_AFTER, random);
      assertThat(at).isBetween(earliest, latest);
      first = at.isBefore(first) ? at : first;
      last = at.isAfter(last) ? at : last;
    }
    assertThat(first).isBefore(earliest.plus(Duration.ofDays(1)));
    assertThat(last).isAfter(latest.minus(Duration.ofDays(1)));
  }

  @Test
  void aCertificateWithoutLifeHasNoSchedule() {
    assertThatThrownBy(() -> RenewalSchedule.renewAt(NOT_AFTER, NOT_BEFORE, new SplittableRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
