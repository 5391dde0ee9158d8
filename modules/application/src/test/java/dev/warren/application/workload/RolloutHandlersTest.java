package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutHandlersTest {
  private static final UpdateConfig CANARY_CONFIG =
      new UpdateConfig(2, 5, FailureAction.ROLLBACK, 1, 0, 10, 20, List.of(10, 50), 30, 0, true, 5);

  private final Fixture fixture = new Fixture();
  private final UpdateServiceImageHandler updateImage =
      new UpdateServiceImageHandler(fixture.state, fixture.log, fixture.clock);
  private final RollbackServiceHandler rollback =
      new RollbackServiceHandler(fixture.state, fixture.log, fixture.clock);
  private final Service web =
      new CreateServiceHandler(fixture.state, fixture.log, fixture.clock)
          .create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1", 3)));

  private Service read() {
    return new GetServiceHandler(new StateQueries(fixture.state, fixture.log))
        .get(new GetServiceRequest(new ServiceRef.ById(web.id()), ReadConsistency.LINEARIZABLE));
  }

  private Optional<Rollout> rolloutOf(ServiceId id) {
    return fixture.state.read(reader -> reader.get(EntityKind.ROLLOUT, id.value()));
  }

  private static UpdateServiceImageRequest toImage(ServiceId id, String image) {
    return new UpdateServiceImageRequest(id, image, Optional.empty(), Optional.empty());
  }

  @Test
  void updateImageChangesOnlyTheImageAndRecordsAPendingRolloutWithTheGivenStrategy() {
    fixture.clock.advance(Duration.ofSeconds(30));

    updateImage.updateImage(
        new UpdateServiceImageRequest(
            web.id(), "nginx:2", Optional.of(DeployStrategy.CANARY), Optional.of(CANARY_CONFIG)));

    Service updated = read();
    assertThat(updated.spec()).isEqualTo(web.spec().withImage("nginx:2"));
    assertThat(updated.previousSpec()).contains(web.spec());
    assertThat(updated.version().value()).isEqualTo(2);
    assertThat(rolloutOf(web.id()))
        .contains(
            new Rollout(
                web.id(),
                updated.version(),
                web.version(),
                RolloutKind.UPDATE,
                DeployStrategy.CANARY,
                CANARY_CONFIG,
                "nginx:1",
                "nginx:2",
                RolloutState.PENDING,
                0,
                0,
                "",
                Fixture.T0.plusSeconds(30),
                Fixture.T0.plusSeconds(30)));
  }

  @Test
  void withoutStrategyOrConfigTheRolloutUsesTheServicesOwn() {
    updateImage.updateImage(toImage(web.id(), "nginx:2"));

    Rollout rollout = rolloutOf(web.id()).orElseThrow();
    assertThat(rollout.strategy()).isEqualTo(web.spec().deployStrategy());
    assertThat(rollout.updateConfig()).isEqualTo(web.spec().updateConfig());
  }

  @Test
  void aNewerRolloutSupersedesAnUnfinishedOne() {
    updateImage.updateImage(toImage(web.id(), "nginx:2"));
    updateImage.updateImage(toImage(web.id(), "nginx:3"));

    Rollout rollout = rolloutOf(web.id()).orElseThrow();
    assertThat(rollout.fromImage()).isEqualTo("nginx:2");
    assertThat(rollout.toImage()).isEqualTo("nginx:3");
    assertThat(rollout.serviceVersion().value()).isEqualTo(3);
    long rollouts = fixture.state.read(reader -> reader.count(EntityKind.ROLLOUT));
    assertThat(rollouts).isOne();
  }

  @Test
  void theSameImageIsRefusedAndNothingIsProposed() {
    assertThatThrownBy(() -> updateImage.updateImage(toImage(web.id(), "nginx:1")))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("service web already runs image nginx:1; nothing to roll out");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void anInvalidImageOrUnknownServiceIsRefusedAndNothingIsProposed() {
    assertThatThrownBy(() -> updateImage.updateImage(toImage(web.id(), "nginx 2")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> updateImage.updateImage(toImage(ServiceId.of("ghost-id"), "x:1")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("service not found: ghost-id");
    assertThatThrownBy(
            () -> rollback.rollback(new RollbackServiceRequest(ServiceId.of("ghost-id"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixture.log.proposed()).hasSize(1);
    assertThat(rolloutOf(web.id())).isEmpty();
  }

  @Test
  void aRolloutDerivedFromAStaleVersionIsRejectedWhenApplied() {
    Service next = web.update(web.spec().withImage("nginx:2"), Fixture.T0);
    Rollout rollout =
        Rollout.pending(
            web,
            next,
            RolloutKind.UPDATE,
            DeployStrategy.ROLLING,
            UpdateConfig.DEFAULT,
            Fixture.T0);
    updateImage.updateImage(toImage(web.id(), "nginx:9"));

    assertThat(fixture.log.propose(new ServiceRolloutStarted(next, rollout)))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(VersionConflictException.class);
    assertThat(rolloutOf(web.id()).orElseThrow().toImage()).isEqualTo("nginx:9");
  }

  @Test
  void rollbackReturnsToThePreviousSpecAndASecondRollbackUndoesTheFirst() {
    updateImage.updateImage(toImage(web.id(), "nginx:2"));
    Service updated = read();
    fixture.clock.advance(Duration.ofSeconds(10));

    rollback.rollback(new RollbackServiceRequest(web.id()));

    Service rolledBack = read();
    assertThat(rolledBack.spec()).isEqualTo(web.spec());
    assertThat(rolledBack.previousSpec()).contains(updated.spec());
    assertThat(rolledBack.version().value()).isEqualTo(3);
    Rollout rollout = rolloutOf(web.id()).orElseThrow();
    assertThat(rollout.kind()).isEqualTo(RolloutKind.ROLLBACK);
    assertThat(rollout.fromImage()).isEqualTo("nginx:2");
    assertThat(rollout.toImage()).isEqualTo("nginx:1");
    assertThat(rollout.serviceVersion()).isEqualTo(rolledBack.version());
    assertThat(rollout.startedAt()).isEqualTo(Fixture.T0.plusSeconds(10));

    rollback.rollback(new RollbackServiceRequest(web.id()));

    assertThat(read().spec()).isEqualTo(updated.spec());
  }

  @Test
  void rollbackOfAServiceThatWasNeverUpdatedIsAFailedPrecondition() {
    assertThatThrownBy(() -> rollback.rollback(new RollbackServiceRequest(web.id())))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage("service web has no previous spec to roll back to");
    assertThat(fixture.log.proposed()).hasSize(1);
  }

  @Test
  void rollbackAfterScalingToZeroRestoresTheReplicas() {
    new UpdateServiceHandler(fixture.state, fixture.log, fixture.clock)
        .update(
            new UpdateServiceRequest(
                web.id(), Optional.of(0), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(read().spec().replicas()).isZero();

    rollback.rollback(new RollbackServiceRequest(web.id()));

    assertThat(read().spec().replicas()).isEqualTo(3);
  }

  @Test
  void deletingAServiceRemovesItsRollout() {
    updateImage.updateImage(toImage(web.id(), "nginx:2"));

    new DeleteServiceHandler(fixture.state, fixture.log).delete(new DeleteServiceRequest(web.id()));

    assertThat(rolloutOf(web.id())).isEmpty();
  }
}
