package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthTrackingTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ProbeResult OK = new ProbeResult(true, "200");
  private static final ProbeResult BAD = new ProbeResult(false, "connection refused");

  private static HealthTracking tracking(int retries, int startPeriod) {
    return HealthTracking.starting(
        new HealthCheck(new HealthProbe.Tcp(8080), 5, 2, retries, startPeriod), T0);
  }

  @Test
  void oneSuccessMakesItHealthyAndOnlyTheChangeIsATransition() {
    HealthTracking.Step first = tracking(3, 0).record(OK, T0.plusSeconds(5));
    HealthTracking.Step second = first.next().record(OK, T0.plusSeconds(10));

    assertThat(first.transition()).contains(TaskHealth.HEALTHY);
    assertThat(second.transition()).isEmpty();
    assertThat(second.next().consecutiveSuccesses()).isEqualTo(2);
  }

  @Test
  void retriesFailuresInARowMakeItUnhealthy() {
    HealthTracking healthy = tracking(3, 0).record(OK, T0).next();

    HealthTracking.Step one = healthy.record(BAD, T0.plusSeconds(5));
    HealthTracking.Step two = one.next().record(BAD, T0.plusSeconds(10));
    HealthTracking.Step three = two.next().record(BAD, T0.plusSeconds(15));

    assertThat(one.transition()).isEmpty();
    assertThat(two.transition()).isEmpty();
    assertThat(three.transition()).contains(TaskHealth.UNHEALTHY);
    assertThat(three.next().record(OK, T0.plusSeconds(20)).transition())
        .contains(TaskHealth.HEALTHY);
  }

  @Test
  void failuresWithinTheStartPeriodDoNotCountUntilASuccess() {
    HealthTracking starting = tracking(1, 30);

    HealthTracking.Step early = starting.record(BAD, T0.plusSeconds(10));
    HealthTracking.Step late = early.next().record(BAD, T0.plusSeconds(31));

    assertThat(early.transition()).isEmpty();
    assertThat(early.next().consecutiveFailures()).isZero();
    assertThat(late.transition()).isEqualTo(Optional.of(TaskHealth.UNHEALTHY));
    HealthTracking startedWell = starting.record(OK, T0.plusSeconds(1)).next();
    assertThat(startedWell.record(BAD, T0.plusSeconds(2)).transition())
        .contains(TaskHealth.UNHEALTHY);
  }

  @Test
  void theNextProbeComesAnIntervalLater() {
    assertThat(tracking(3, 0).nextProbeAfter(T0)).isEqualTo(T0.plusSeconds(5));
  }
}
