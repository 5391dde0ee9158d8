package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.WatchRolloutRequest;
import dev.warren.domain.port.out.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchRolloutHandlerTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final WatchRolloutHandler watches = new WatchRolloutHandler(fixture.state);
  private final GetRolloutHandler get =
      new GetRolloutHandler(new StateQueries(fixture.state, fixture.log));
  private final UpdateServiceImageHandler updateImage =
      new UpdateServiceImageHandler(fixture.state, fixture.log, fixture.clock);
  private final RecordingSink sink = new RecordingSink();
  private Service web;

  @BeforeEach
  void seedAService() {
    fixture.apply.onApplied(watches::onApplied);
    web = seed.service("web");
  }

  private void updateTo(String image) {
    updateImage.updateImage(
        new UpdateServiceImageRequest(web.id(), image, Optional.empty(), Optional.empty()));
  }

  private Service stored() {
    return fixture.state.read(reader -> reader.get(EntityKind.SERVICE, web.id().value())).get();
  }

  private Rollout storedRollout() {
    return fixture.state.read(reader -> reader.get(EntityKind.ROLLOUT, web.id().value())).get();
  }

  /**
   * Records the stored rollout again, moved to {@code state}, as the rollout of the service's next
   * version (the change that records a rollout needs one).
   */
  private void move(RolloutState state) {
    Rollout now = storedRollout();
    Service next = stored().update(stored().spec(), fixture.clock.instant());
    seed.propose(
        new ServiceRolloutStarted(
            next,
            new Rollout(
                now.serviceId(),
                next.version(),
                now.kind(),
                now.strategy(),
                now.updateConfig(),
                now.fromImage(),
                now.toImage(),
                state,
                now.startedAt(),
                fixture.clock.instant())));
  }

  private RolloutWatch watchWeb() {
    return watches.watch(new WatchRolloutRequest(new ServiceRef.ByName("web")), sink);
  }

  @Test
  void getReadsTheServicesRolloutByNameOrIdAndNothingForAServiceNeverRolledOut() {
    assertThat(get.get(request(new ServiceRef.ByName("web")))).isEmpty();

    updateTo("nginx:2");

    assertThat(get.get(request(new ServiceRef.ById(web.id())))).contains(storedRollout());
    assertThat(get.get(request(new ServiceRef.ByName("web"))).orElseThrow().toImage())
        .isEqualTo("nginx:2");
  }

  @Test
  void getOfAnUnknownServiceIsNotFound() {
    assertThatThrownBy(() -> get.get(request(new ServiceRef.ByName("ghost"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void aWatchSendsTheRolloutNowThenEachCommittedMoveAndEndsOnceItSettles() {
    updateTo("nginx:2");

    watchWeb();
    move(RolloutState.IN_PROGRESS);
    move(RolloutState.COMPLETED);

    assertThat(sink.states())
        .containsExactly(RolloutState.PENDING, RolloutState.IN_PROGRESS, RolloutState.COMPLETED);
    assertThat(sink.end).contains(Optional.empty());
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void aChangeThatLeavesTheRolloutAsItWasSendsNothing() {
    updateTo("nginx:2");
    watchWeb();

    seed.service("other");
    seed.node("node-1");

    assertThat(sink.states()).containsExactly(RolloutState.PENDING);
    assertThat(sink.end).isEmpty();
  }

  @Test
  void aNewerRolloutThatSupersedesTheWatchedOneIsSent() {
    updateTo("nginx:2");
    watchWeb();

    updateTo("nginx:3");

    assertThat(sink.snapshots)
        .extracting(Rollout::toImage, rollout -> rollout.serviceVersion().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nginx:2", 2L),
            org.assertj.core.groups.Tuple.tuple("nginx:3", 3L));
  }

  @Test
  void aRolloutAlreadySettledIsSentOnceAndTheWatchEnds() {
    updateTo("nginx:2");
    move(RolloutState.PAUSED);

    watchWeb();

    assertThat(sink.states()).containsExactly(RolloutState.PAUSED);
    assertThat(sink.end).contains(Optional.empty());
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void removingTheServiceEndsTheWatchWithNotFound() {
    updateTo("nginx:2");
    watchWeb();

    seed.propose(new ServiceDeleted(web.id()));

    assertThat(sink.end)
        .hasValueSatisfying(
            failure ->
                assertThat(failure)
                    .containsInstanceOf(NotFoundException.class)
                    .get()
                    .extracting(Throwable::getMessage)
                    .asString()
                    .contains("web was removed"));
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void aClosedWatchHearsNothingMore() {
    updateTo("nginx:2");
    RolloutWatch watch = watchWeb();

    watch.close();
    move(RolloutState.IN_PROGRESS);

    assertThat(sink.states()).containsExactly(RolloutState.PENDING);
    assertThat(sink.end).isEmpty();
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void aServiceWithoutARolloutOrAnUnknownOneCannotBeWatched() {
    assertThatThrownBy(() -> watchWeb())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("web has no rollout");
    assertThatThrownBy(
            () -> watches.watch(new WatchRolloutRequest(new ServiceRef.ByName("ghost")), sink))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void everyStateBeyondPendingAndInProgressIsSettled() {
    for (RolloutState state : RolloutState.values()) {
      assertThat(WatchRolloutHandler.settled(state))
          .as(state.wireName())
          .isEqualTo(state != RolloutState.PENDING && state != RolloutState.IN_PROGRESS);
    }
  }

  private static GetRolloutRequest request(ServiceRef ref) {
    return new GetRolloutRequest(ref, ReadConsistency.LINEARIZABLE);
  }

  private static final class RecordingSink implements RolloutSink {
    final List<Rollout> snapshots = new ArrayList<>();
    Optional<Optional<RuntimeException>> end = Optional.empty();

    @Override
    public void snapshot(Rollout rollout) {
      assertThat(end).as("a snapshot after the end").isEmpty();
      snapshots.add(rollout);
    }

    @Override
    public void ended(Optional<RuntimeException> failure) {
      assertThat(end).as("a second end").isEmpty();
      end = Optional.of(failure);
    }

    List<RolloutState> states() {
      return snapshots.stream().map(Rollout::state).toList();
    }
  }
}
