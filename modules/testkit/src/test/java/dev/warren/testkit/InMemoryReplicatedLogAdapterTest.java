package dev.warren.testkit;

import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.NodeChange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.codec.CodecException;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class InMemoryReplicatedLogAdapterTest {
  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final InMemoryReplicatedLogAdapter log = new InMemoryReplicatedLogAdapter(applyTo(state));

  /** The apply handler's behaviour, without depending on the application module. */
  private static ApplyCommittedChangeUseCase applyTo(InMemoryClusterStateAdapter state) {
    return (index, change) -> {
      if (index <= state.lastAppliedIndex()) {
        return new ApplyOutcome.AlreadyApplied(index);
      }
      try {
        state.apply(index, writer -> change.applyTo(writer));
        return new ApplyOutcome.Applied(index);
      } catch (DomainException rejected) {
        return new ApplyOutcome.Rejected(index, rejected.kind(), rejected.getMessage());
      }
    };
  }

  @Test
  void proposalsAreAppliedInOrderAndAnsweredWithTheirIndex() {
    var web = SampleEntities.service("svc-1", "web");

    assertThat(log.propose(new ServiceChange.ServiceCreated(web))).isCompletedWithValue(1L);
    assertThat(log.propose(new NodeChange.NodeRegistered(SampleEntities.node("n-1"))))
        .isCompletedWithValue(2L);

    assertThat(state.lastAppliedIndex()).isEqualTo(2);
    Optional<Service> found = state.read(reader -> reader.findByName(EntityKind.SERVICE, "web"));
    assertThat(found).contains(web);
    assertThat(log.proposed()).hasSize(2).first().isEqualTo(new ServiceChange.ServiceCreated(web));
  }

  @Test
  void aRejectedChangeFailsTheFutureWithTheDomainExceptionAndStillTakesAnIndex() {
    log.propose(new ServiceChange.ServiceCreated(SampleEntities.service("svc-1", "web")));

    CompletableFuture<Long> duplicate =
        log.propose(new ServiceChange.ServiceCreated(SampleEntities.service("svc-2", "web")));

    assertThat(duplicate)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(AlreadyExistsException.class)
        .withMessage("service already exists: web");
    assertThat(state.lastAppliedIndex()).isEqualTo(2);
  }

  @Test
  void anAlreadyAppliedEntryCompletesWithItsIndex() {
    var replay =
        new InMemoryReplicatedLogAdapter((index, change) -> new ApplyOutcome.AlreadyApplied(index));

    assertThat(replay.propose(new ServiceChange.ServiceDeleted(ServiceId.of("svc-1"))))
        .isCompletedWithValue(1L);
  }

  @Test
  void aLogCanContinueAfterTheIndexItsStoreHasApplied() {
    state.apply(7, writer -> {});
    var continued = new InMemoryReplicatedLogAdapter(applyTo(state), 7);

    assertThat(continued.propose(new NodeChange.NodeRegistered(SampleEntities.node("n-1"))))
        .isCompletedWithValue(8L);
    long nodes = state.read(reader -> reader.count(EntityKind.NODE));
    assertThat(nodes).isOne();
  }

  @Test
  void changesTravelThroughTheCodecBeforeTheyAreApplied() {
    var seen = new ArrayList<StateChange>();
    var recording =
        new InMemoryReplicatedLogAdapter(
            (index, change) -> {
              seen.add(change);
              return new ApplyOutcome.Applied(index);
            });
    var change = new ServiceChange.ServiceCreated(SampleEntities.service("svc-1", "web"));

    recording.propose(change);

    assertThat(seen).singleElement().isEqualTo(change).isNotSameAs(change);
  }

  @Test
  void aChangeThatCannotBeEncodedFailsTheFuture() {
    assertThat(log.propose(null))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(CodecException.class);
    assertThat(state.lastAppliedIndex()).isZero();
  }

  @Test
  void aSingleLocalVoterLeadsUntilClosed() {
    assertThat(log.membership().leaderId()).contains(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
    assertThat(log.membership().members())
        .singleElement()
        .satisfies(member -> assertThat(member.suffrage()).isEqualTo(Suffrage.VOTER));
    assertThat(log.isCaughtUp()).isTrue();
    assertThat(log.readBarrier()).isCompletedWithValue(0L);

    log.close();

    assertThat(log.isCaughtUp()).isFalse();
    assertThat(log.propose(new ServiceChange.ServiceDeleted(ServiceId.of("svc-1"))))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(UnavailableException.class);
    assertThat(log.readBarrier()).isCompletedExceptionally();
  }

  @Test
  void addedMembersAreRecordedAsVotersOnceAndAnotherAddressIsRefused() {
    assertThat(log.addMember("m2", "10.0.0.2:7000")).isCompleted();
    assertThat(log.addMember("m2", "10.0.0.2:7000")).isCompleted();
    var elsewhere = log.addMember("m2", "10.0.0.3:7000");
    var local = log.addMember(InMemoryReplicatedLogAdapter.LOCAL_MEMBER, "10.0.0.9:7000");

    assertThat(log.membership().members())
        .containsExactly(
            new ClusterMember(
                InMemoryReplicatedLogAdapter.LOCAL_MEMBER,
                InMemoryReplicatedLogAdapter.LOCAL_ADDRESS,
                Suffrage.VOTER),
            new ClusterMember("m2", "10.0.0.2:7000", Suffrage.VOTER));
    assertThat(elsewhere)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(FailedPreconditionException.class)
        .withMessageContaining(
            "member m2 is already in the group at 10.0.0.2:7000, not 10.0.0.3:7000");
    assertThat(local).isCompletedExceptionally();
  }

  @Test
  void aMalformedMemberAddressIsRefused() {
    assertThat(log.addMember("m2", "no-port"))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(InvalidSpecException.class);
    assertThat(log.membership().members()).hasSize(1);
  }
}
