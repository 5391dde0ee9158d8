package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.ServiceChange.RolloutProgressed;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
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

  /** The deployer moves the stored rollout to {@code state}. */
  private void move(RolloutState state) {
    Rollout now = storedRollout();
    seed.propose(new RolloutProgressed(now.progressed(state, 1, 3, "", fixture.clock.instant())));
  }

  private RolloutWatch watchWeb() {
    return watches.watch(new WatchRolloutRequest(new ServiceRef.ByName("web")), sink);
  }

  @Test
  void getReadsTheServicesRolloutByNameOrIdAndNothingForAServiceNeverRolledOut() {
    assertThat(get.get(request(new ServiceRef.ByName("web")))).isEmpty();

    updateTo("nginx:2");

    assertThat(get.get(request(new ServiceRef.ById(web.id()))).orElseThrow().rollout())
        .isEqualTo(storedRollout());
    assertThat(get.get(request(new ServiceRef.ByName("web"))).orElseThrow().rollout().toImage())
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
        .extracting(
            snapshot -> snapshot.rollout().toImage(),
            snapshot -> snapshot.rollout().serviceVersion().value())
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
  void aWatchEndsAfterEveryStateTheDeployerLeavesAlone() {
    for (RolloutState state :
        List.of(
            RolloutState.PAUSED,
            RolloutState.COMPLETED,
            RolloutState.FAILED,
            RolloutState.ROLLED_BACK)) {
      updateTo("nginx:" + state.wireName());
      var own = new RecordingSink();
      watches.watch(new WatchRolloutRequest(new ServiceRef.ByName("web")), own);
      move(RolloutState.ROLLING_BACK);
      move(state);

      assertThat(own.states())
          .as(state.wireName())
          .containsExactly(RolloutState.PENDING, RolloutState.ROLLING_BACK, state);
      assertThat(own.end).as(state.wireName()).contains(Optional.empty());
    }
    assertThat(watches.openWatches()).isZero();
  }

  @Test
  void aReplicaOfTheServiceMovingSendsASnapshotWithItsVersionAndOthersDoNot() {
    seed.node("node-1");
    Service other = seed.service("other");
    updateTo("nginx:2");
    watchWeb();

    seed.task("c-other", other, 1, "node-1");
    Task replica = seed.task("c-web", stored(), 1, "node-1");

    assertThat(sink.snapshots).hasSize(2);
    RolloutSnapshot last = sink.snapshots.getLast();
    assertThat(last.desiredReplicas()).isEqualTo(1);
    assertThat(last.replicas())
        .containsExactly(
            new RolloutSnapshot.Replica(
                replica.id(),
                1,
                replica.serviceVersion(),
                true,
                replica.state(),
                replica.desiredState()));
    assertThat(last.replicas().getFirst().serviceVersion()).isEqualTo(stored().version());
    assertThat(last.replicas().getFirst().isStarting()).isTrue();
    assertThat(last.updatedCount()).isZero();
  }

  private static GetRolloutRequest request(ServiceRef ref) {
    return new GetRolloutRequest(ref, ReadConsistency.LINEARIZABLE);
  }

  private static final class RecordingSink implements RolloutSink {
    final List<RolloutSnapshot> snapshots = new ArrayList<>();
    Optional<Optional<RuntimeException>> end = Optional.empty();

    @Override
    public void snapshot(RolloutSnapshot snapshot) {
      assertThat(end).as("a snapshot after the end").isEmpty();
      snapshots.add(snapshot);
    }

    @Override
    public void ended(Optional<RuntimeException> failure) {
      assertThat(end).as("a second end").isEmpty();
      end = Optional.of(failure);
    }

    List<RolloutState> states() {
      return snapshots.stream().map(snapshot -> snapshot.rollout().state()).toList();
    }
  }
}
