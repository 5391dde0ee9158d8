package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.codec.CodecException;
import dev.warren.domain.change.NodeChange;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class InMemoryReplicatedLogAdapterTest extends ReplicatedLogPortContract {
  private final ArrayList<StateChange> seen = new ArrayList<>();
  private final InMemoryReplicatedLogAdapter recording =
      new InMemoryReplicatedLogAdapter(
          (index, term, change) -> {
            seen.add(change);
            return new ApplyOutcome.Applied(index);
          });

  @Override
  protected ReplicatedLogPort start(
      Path directory, ClusterStatePort state, ApplyCommittedChangeUseCase apply) {
    return new InMemoryReplicatedLogAdapter(apply, state.lastAppliedIndex());
  }

  @Override
  protected boolean keepsEntriesAcrossRestart() {
    return false;
  }

  @Test
  void changesTravelThroughTheCodecBeforeTheyAreAppliedAndAreListedInLogOrder() {
    var change = new ServiceChange.ServiceCreated(SampleEntities.service("svc-1", "web"));
    var node = new NodeChange.NodeRegistered(SampleEntities.node("n-1"));

    recording.propose(change);
    recording.propose(node);

    assertThat(seen).containsExactly(change, node).first().isNotSameAs(change);
    assertThat(recording.proposed()).containsExactly(change, node);
  }

  @Test
  void aChangeThatCannotBeEncodedFailsTheFutureAndIsNotApplied() {
    assertThat(recording.propose(null))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(CodecException.class);
    assertThat(seen).isEmpty();
  }

  @Test
  void anEntryTheApplyLogicHadAppliedCompletesWithItsIndex() {
    var replay =
        new InMemoryReplicatedLogAdapter(
            (index, term, change) -> new ApplyOutcome.AlreadyApplied(index));

    assertThat(replay.propose(new NodeChange.NodeRegistered(SampleEntities.node("n-1"))))
        .isCompletedWithValue(1L);
  }

  @Test
  void aLogContinuesAfterTheIndexItWasGiven() {
    var continued =
        new InMemoryReplicatedLogAdapter(
            (index, term, change) -> new ApplyOutcome.Applied(index), 7);

    assertThat(continued.propose(new NodeChange.NodeRegistered(SampleEntities.node("n-1"))))
        .isCompletedWithValue(8L);
  }

  @Test
  void addedMembersAreRecordedAsVotersBesideTheLocalOne() {
    assertThat(recording.addMember("m2", "10.0.0.2:7000")).isCompleted();
    assertThat(recording.addMember("m2", "10.0.0.2:7000")).isCompleted();

    assertThat(recording.membership().leaderId())
        .contains(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);
    assertThat(recording.membership().members())
        .containsExactly(
            new ClusterMember(
                InMemoryReplicatedLogAdapter.LOCAL_MEMBER,
                InMemoryReplicatedLogAdapter.LOCAL_ADDRESS,
                Suffrage.VOTER),
            new ClusterMember("m2", "10.0.0.2:7000", Suffrage.VOTER));
    assertThat(recording.addMember("m2", "10.0.0.3:7000"))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withMessageContaining(
            "member m2 is already in the group at 10.0.0.2:7000, not 10.0.0.3:7000");
  }
}
