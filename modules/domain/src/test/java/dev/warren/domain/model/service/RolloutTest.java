package dev.warren.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.error.InvalidSpecException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private final Service current =
      Service.create(ServiceId.of("svc-1"), ServiceSpec.of("web", "nginx:1", 3), T0);
  private final Service target = current.update(current.spec().withImage("nginx:2"), T1);

  @Test
  void aPendingRolloutGoesFromTheCurrentImageToTheTargetVersionsImage() {
    var canary =
        new UpdateConfig(
            2, 5, FailureAction.ROLLBACK, 1, 0, 10, 20, List.of(10, 50), 30, 0, true, 5);

    Rollout rollout =
        Rollout.pending(current, target, RolloutKind.UPDATE, DeployStrategy.CANARY, canary, T1);

    assertThat(rollout.serviceId()).isEqualTo(current.id());
    assertThat(rollout.serviceVersion()).isEqualTo(target.version());
    assertThat(rollout.fromImage()).isEqualTo("nginx:1");
    assertThat(rollout.toImage()).isEqualTo("nginx:2");
    assertThat(rollout.strategy()).isEqualTo(DeployStrategy.CANARY);
    assertThat(rollout.updateConfig()).isEqualTo(canary);
    assertThat(rollout.state()).isEqualTo(RolloutState.PENDING);
    assertThat(rollout.startedAt()).isEqualTo(T1);
    assertThat(rollout.updatedAt()).isEqualTo(T1);
  }

  @Test
  void aRolloutChangeRefusesARolloutOfAnotherServiceVersion() {
    Rollout ofCurrent =
        Rollout.pending(
            current, current, RolloutKind.UPDATE, DeployStrategy.ROLLING, UpdateConfig.DEFAULT, T1);

    assertThatThrownBy(() -> new ServiceRolloutStarted(target, ofCurrent))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("does not match service svc-1 at version 2");
  }
}
