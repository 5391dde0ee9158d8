package dev.warren.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceUpdatesTest {
  private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Service WEB =
      Service.create(ServiceId.of("svc-1"), ServiceSpec.of("web", "nginx:1", 3), T0);

  @Test
  void anUpdateReplacesOnlyThePartsItNames() {
    var request =
        new UpdateServiceRequest(
            WEB.id(),
            Optional.of(5),
            Optional.empty(),
            Optional.of(Map.of("MODE", "fast")),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new RestartPolicy(RestartCondition.ON_FAILURE, 2, 1)),
            Optional.empty());

    ServiceSpec updated = request.appliedTo(WEB.spec());

    assertThat(updated.replicas()).isEqualTo(5);
    assertThat(updated.env()).containsExactly(Map.entry("MODE", "fast"));
    assertThat(updated.restartPolicy())
        .isEqualTo(new RestartPolicy(RestartCondition.ON_FAILURE, 2, 1));
    assertThat(updated.image()).isEqualTo("nginx:1");
    assertThat(updated.placement()).isEqualTo(WEB.spec().placement());
    assertThat(updated.resources()).isEqualTo(WEB.spec().resources());
  }

  @Test
  void anExpectedVersionOtherThanTheCurrentOneIsAConflictNamingBoth() {
    WEB.requireVersion(Optional.empty());
    WEB.requireVersion(Optional.of(WEB.version().value()));

    assertThatThrownBy(() -> WEB.requireVersion(Optional.of(WEB.version().value() + 6)))
        .isInstanceOf(VersionConflictException.class)
        .hasMessage(
            "service web is at version "
                + WEB.version().value()
                + ", not "
                + (WEB.version().value() + 6)
                + "; read it again and retry");
  }

  @Test
  void aRollbackSwapsTheSpecWithThePreviousOneAndNeedsAnEarlierUpdate() {
    Service scaled = WEB.update(WEB.spec().withReplicas(7), T1);

    Service rolledBack = scaled.rolledBack(T1.plusSeconds(1));

    assertThat(rolledBack.spec()).isEqualTo(WEB.spec());
    assertThat(rolledBack.previousSpec()).contains(scaled.spec());
    assertThat(rolledBack.version()).isEqualTo(scaled.version().next());
    assertThatThrownBy(() -> WEB.rolledBack(T1))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("service web has no previous spec to roll back to");
  }
}
