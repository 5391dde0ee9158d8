package dev.warren.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.workload.CreateServiceHandler;
import dev.warren.application.workload.DeleteServiceHandler;
import dev.warren.application.workload.UpdateServiceHandler;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A write on a manager whose state lags the leader decides from the state after the read barrier,
 * never from the lag: an update or delete of a service created through another manager finds it,
 * and a create under a name deleted through another manager is not refused.
 */
class WritesOnALaggingManagerTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-12-08T06:00:00Z"));

  private final ClusterStatePort leaderState = new InMemoryClusterStateAdapter();
  private final ClusterStatePort followerState = new InMemoryClusterStateAdapter();
  private final LaggingFollowerLog follower = new LaggingFollowerLog();

  @Test
  void anUpdateOnTheLaggingManagerFindsAServiceCreatedThroughTheLeader() {
    Service web = createThroughTheLeader("web");
    assertThat(named(followerState, "web")).isEmpty();

    Service updated =
        new UpdateServiceHandler(followerState, follower, CLOCK)
            .update(
                new UpdateServiceRequest(
                    web.id(),
                    Optional.of(5),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));

    assertThat(updated.spec().replicas()).isEqualTo(5);
    assertThat(byId(leaderState, web))
        .hasValueSatisfying(service -> assertThat(service.spec().replicas()).isEqualTo(5));
  }

  @Test
  void aDeleteOnTheLaggingManagerFindsAServiceCreatedThroughTheLeader() {
    Service web = createThroughTheLeader("web");

    new DeleteServiceHandler(followerState, follower).delete(new DeleteServiceRequest(web.id()));

    assertThat(named(leaderState, "web")).isEmpty();
  }

  @Test
  void aCreateOnTheLaggingManagerMayReuseANameDeletedThroughTheLeader() {
    Service web = createThroughTheLeader("web");
    follower.catchUp();
    new DeleteServiceHandler(leaderState, follower.leader)
        .delete(new DeleteServiceRequest(web.id()));
    assertThat(named(followerState, "web")).isPresent();

    Service again =
        new CreateServiceHandler(followerState, follower, CLOCK)
            .create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:2", 1)));

    assertThat(again.id()).isNotEqualTo(web.id());
    assertThat(named(leaderState, "web"))
        .hasValueSatisfying(service -> assertThat(service.id()).isEqualTo(again.id()));
  }

  private static Optional<Service> named(ClusterStatePort state, String name) {
    return state.<Optional<Service>>read(reader -> reader.findByName(EntityKind.SERVICE, name));
  }

  private static Optional<Service> byId(ClusterStatePort state, Service service) {
    return state.<Optional<Service>>read(
        reader -> reader.get(EntityKind.SERVICE, service.id().value()));
  }

  private Service createThroughTheLeader(String name) {
    return new CreateServiceHandler(leaderState, follower.leader, CLOCK)
        .create(new CreateServiceRequest(ServiceSpec.of(name, "nginx:1", 1)));
  }

  /**
   * The log as a follower sees it: proposals go to the leader's log (applied to the leader's state
   * at once), and reach this manager's state only when its read barrier makes it catch up, as
   * Raft's read index does.
   */
  private final class LaggingFollowerLog implements ReplicatedLogPort {
    private final List<Committed> notAppliedHere = new ArrayList<>();
    private final ApplyCommittedChangeHandler applyHere =
        new ApplyCommittedChangeHandler(followerState);
    private final ApplyCommittedChangeHandler applyOnLeader =
        new ApplyCommittedChangeHandler(leaderState);
    final InMemoryReplicatedLogAdapter leader =
        new InMemoryReplicatedLogAdapter(
            (index, term, change) -> {
              synchronized (notAppliedHere) {
                notAppliedHere.add(new Committed(index, term, change));
              }
              return applyOnLeader.apply(index, term, change);
            });

    @Override
    public CompletableFuture<Long> propose(StateChange change) {
      return leader.propose(change).thenApply(index -> catchUp());
    }

    @Override
    public CompletableFuture<Long> readBarrier() {
      return leader.readBarrier().thenApply(index -> catchUp());
    }

    long catchUp() {
      synchronized (notAppliedHere) {
        for (Committed committed : notAppliedHere) {
          applyHere.apply(committed.index, committed.term, committed.change);
        }
        notAppliedHere.clear();
      }
      return followerState.lastAppliedIndex();
    }

    @Override
    public CompletableFuture<Void> addMember(String memberId, String address) {
      return leader.addMember(memberId, address);
    }

    @Override
    public CompletableFuture<Void> removeMember(String memberId) {
      return leader.removeMember(memberId);
    }

    @Override
    public CompletableFuture<List<MemberProgress>> progress() {
      return leader.progress();
    }

    @Override
    public Membership membership() {
      return leader.membership();
    }

    @Override
    public OptionalLong leaderTerm() {
      return OptionalLong.empty();
    }

    @Override
    public boolean isCaughtUp() {
      return notAppliedHere.isEmpty();
    }

    @Override
    public void close() {
      leader.close();
    }
  }

  private record Committed(long index, long term, StateChange change) {}
}
