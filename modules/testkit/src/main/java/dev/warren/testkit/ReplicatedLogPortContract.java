package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ReplicatedLogPort} must have, as its Javadoc promises it, on a group
 * of one manager. An implementation's test extends this class and says how to start its log in a
 * directory; a log that keeps no entries across a restart, or has no snapshots, says so and the
 * tests that need them are skipped.
 *
 * <p>Committed entries reach the state through {@link ApplyOutcome#applyOnce}, as through the
 * application's apply handler, and every run of an entry's writes is counted, so "applied once" is
 * checked on the state itself.
 */
public abstract class ReplicatedLogPortContract {
  private static final long TIMEOUT_SECONDS = 10;

  private final Closer opened = new Closer();
  private final Map<Long, AtomicInteger> writesPerIndex = new ConcurrentHashMap<>();
  private Path directory;
  private RestoreRecordingStateAdapter firstState;
  private ClusterStatePort state;
  private CountingApply apply;
  private ReplicatedLogPort log;

  protected ReplicatedLogPortContract() {}

  /**
   * Starts the log under test, keeping its files in {@code directory} (empty at first; after a
   * close, the same directory again), applying committed entries to {@code state} through {@code
   * apply}; returns once it takes proposals.
   */
  protected abstract ReplicatedLogPort start(
      Path directory, ClusterStatePort state, ApplyCommittedChangeUseCase apply);

  /**
   * Whether a restarted log still has its committed entries, so that it rebuilds an empty state
   * from them. True by default.
   */
  protected boolean keepsEntriesAcrossRestart() {
    return true;
  }

  /**
   * Makes {@code log} snapshot its state now and compact the entries before the snapshot, and
   * returns the snapshot's index. By default the log has no snapshots and the tests that need one
   * are skipped.
   */
  protected long snapshot(ReplicatedLogPort log) {
    return abort("the log under test takes no snapshots");
  }

  @BeforeEach
  public void startLog(@TempDir Path dir) {
    directory = dir;
    firstState = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    state = firstState;
    log = open(state);
  }

  @AfterEach
  public void closeLogs() {
    opened.close();
  }

  private ReplicatedLogPort open(ClusterStatePort target) {
    apply = new CountingApply(target);
    return opened.register(start(directory, target, apply));
  }

  /** Closes the log and starts it again on the same directory over {@code target}. */
  private void restart(ClusterStatePort target) {
    log.close();
    state = target;
    log = open(target);
  }

  @Test
  public void proposalsCommitAtGrowingIndexesAndAreAppliedHereWhenAcknowledged() throws Exception {
    StateChange web = LogWorkloads.serviceCreated("web");
    long first = await(log.propose(web));

    assertThat(first).isPositive();
    assertThat(state.lastAppliedIndex()).isGreaterThanOrEqualTo(first);
    assertThat(LogWorkloads.serviceNames(state)).containsExactly("web");

    long second = await(log.propose(LogWorkloads.serviceCreated("api")));

    assertThat(second).isGreaterThan(first);
    assertThat(LogWorkloads.serviceNames(state)).containsExactly("api", "web");
    assertThat(apply.outcomes())
        .containsExactly(new ApplyOutcome.Applied(first), new ApplyOutcome.Applied(second));
  }

  @Test
  public void everyCommittedEntryReachesTheApplyLogicOnceAndInLogOrder() throws Exception {
    List<Long> acknowledged = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      acknowledged.add(await(log.propose(LogWorkloads.serviceCreated("svc-" + i))));
    }

    assertThat(apply.handed()).containsExactlyElementsOf(acknowledged);
    assertThat(acknowledged).isSorted().doesNotHaveDuplicates();
    assertEachIndexWrittenOnce(acknowledged);
  }

  @Test
  public void aRejectedChangeFailsWithItsDomainExceptionAndChangesNothing() throws Exception {
    await(log.propose(LogWorkloads.serviceCreated("web")));
    var before = LogWorkloads.everyEntity(state);

    var duplicate = log.propose(LogWorkloads.serviceCreated("web"));

    assertThatThrownBy(() -> await(duplicate))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("service already exists: web");
    assertThat(LogWorkloads.everyEntity(state)).isEqualTo(before);
    ApplyOutcome rejection = apply.outcomes().getLast();
    assertThat(rejection).isInstanceOf(ApplyOutcome.Rejected.class);
    assertThat(state.lastAppliedIndex())
        .as("a rejected entry is applied as a no-op")
        .isGreaterThanOrEqualTo(rejection.logIndex());
    assertThat(await(log.propose(LogWorkloads.serviceCreated("api"))))
        .isGreaterThan(apply.outcomes().getFirst().logIndex());
  }

  @Test
  public void aReadBarrierCoversEveryAcknowledgedProposal() throws Exception {
    long index = await(log.propose(LogWorkloads.serviceCreated("web")));

    long barrier = await(log.readBarrier());

    assertThat(barrier).isGreaterThanOrEqualTo(index);
    assertThat(state.lastAppliedIndex()).isBetween(index, barrier);
    assertThat(log.isCaughtUp()).isTrue();
  }

  @Test
  public void concurrentProposalsAllCommitAtDistinctIndexes() throws Exception {
    int threads = 8;
    int perThread = 10;
    List<CompletableFuture<Long>> proposals =
        LogWorkloads.proposeConcurrently(log, threads, perThread);
    List<Long> indexes = new ArrayList<>();
    for (var proposal : proposals) {
      indexes.add(await(proposal));
    }

    assertThat(indexes).hasSize(threads * perThread).doesNotHaveDuplicates();
    long services = state.read(reader -> reader.count(EntityKind.SERVICE));
    assertThat(services).isEqualTo((long) threads * perThread);
    assertEachIndexWrittenOnce(indexes);
  }

  @Test
  public void aGroupOfOneIsLedByItsOnlyVoter() {
    Membership membership = log.membership();

    assertThat(membership.leaderId()).isPresent();
    assertThat(membership.members())
        .singleElement()
        .satisfies(
            member -> {
              assertThat(member.id()).isEqualTo(membership.leaderId().orElseThrow());
              assertThat(member.suffrage()).isEqualTo(Suffrage.VOTER);
            });
    assertThat(log.isCaughtUp()).isTrue();
  }

  @Test
  public void aSoleVoterLeadsInATermThatItsEntriesCarryToTheApplyLogic() throws Exception {
    long term = log.leaderTerm().orElseThrow();

    await(log.propose(LogWorkloads.serviceCreated("web")));
    await(log.propose(LogWorkloads.serviceCreated("api")));

    assertThat(term).isPositive();
    assertThat(apply.terms).hasSize(2).containsOnly(term);
    assertThat(log.leaderTerm()).hasValue(term);
  }

  @Test
  public void aClosedLogLeadsInNoTerm() {
    log.close();

    assertThat(log.leaderTerm()).isEmpty();
  }

  @Test
  public void addingAMemberAgainAtItsAddressIsDoneAndAtAnotherIsRefused() throws Exception {
    ClusterMember self = log.membership().members().getFirst();

    await(log.addMember(self.id(), self.address()));
    var elsewhere = log.addMember(self.id(), "127.0.0.1:1");

    assertThatThrownBy(() -> await(elsewhere))
        .cause()
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("is already in the group at " + self.address());
    assertThat(log.membership().members()).containsExactly(self);
  }

  @Test
  public void aMalformedMemberIdOrAddressIsRefusedAsInvalid() {
    Membership before = log.membership();

    assertThatThrownBy(() -> await(log.addMember("m2", "no-port")))
        .cause()
        .isInstanceOf(InvalidSpecException.class);
    assertThatThrownBy(() -> await(log.addMember("not an id", "127.0.0.1:7000")))
        .cause()
        .isInstanceOf(InvalidSpecException.class);
    assertThat(log.membership().members()).isEqualTo(before.members());
  }

  @Test
  public void theSoleMemberReportsItselfReachableAtItsAppliedIndex() throws Exception {
    long index = await(log.propose(LogWorkloads.serviceCreated("web")));
    String self = log.membership().members().getFirst().id();

    List<MemberProgress> progress = await(log.progress());

    assertThat(progress)
        .singleElement()
        .satisfies(
            member -> {
              assertThat(member.id()).isEqualTo(self);
              assertThat(member.reachable()).isTrue();
              assertThat(member.appliedIndex().orElseThrow()).isGreaterThanOrEqualTo(index);
              assertThat(member.appliedIndex().orElseThrow()).isEqualTo(state.lastAppliedIndex());
            });
  }

  @Test
  public void removingAnIdThatIsNotAMemberIsDoneAndChangesNothing() throws Exception {
    Membership before = log.membership();

    await(log.removeMember("not-a-member"));

    assertThat(log.membership().members()).isEqualTo(before.members());
  }

  @Test
  public void theLastVoterCannotBeRemovedAndTheGroupKeepsCommitting() throws Exception {
    ClusterMember self = log.membership().members().getFirst();

    var removal = log.removeMember(self.id());

    assertThatThrownBy(() -> await(removal))
        .cause()
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("last voter");
    assertThat(log.membership().members()).containsExactly(self);
    assertThat(await(log.propose(LogWorkloads.serviceCreated("web")))).isPositive();
  }

  @Test
  public void aMalformedIdIsRefusedAsInvalidWhenRemoving() {
    Membership before = log.membership();

    assertThatThrownBy(() -> await(log.removeMember("not an id")))
        .cause()
        .isInstanceOf(InvalidSpecException.class);
    assertThat(log.membership().members()).isEqualTo(before.members());
  }

  @Test
  public void afterCloseProposalsReadsAndMembershipChangesFailAsUnavailable() {
    log.close();
    log.close();

    assertThatThrownBy(() -> await(log.propose(LogWorkloads.serviceCreated("web"))))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> await(log.readBarrier()))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> await(log.addMember("m2", "127.0.0.1:7000")))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> await(log.removeMember("m2")))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> await(log.progress()))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThat(log.isCaughtUp()).isFalse();
    long services = state.read(reader -> reader.count(EntityKind.SERVICE));
    assertThat(services).isZero();
  }

  @Test
  public void aRestartedLogKeepsTheStateAndAppliesNoEntryTwice() throws Exception {
    List<Long> acknowledged = LogWorkloads.proposeMixed(log, "svc", 6);
    var expected = LogWorkloads.everyEntity(state);
    long appliedBefore = state.lastAppliedIndex();

    restart(state);

    assertThat(firstState.restoredAt()).as("an up-to-date state is not restored").isEmpty();
    assertThat(LogWorkloads.everyEntity(state)).isEqualTo(expected);
    assertThat(apply.outcomes())
        .as("entries handed again after a restart are all acknowledged as already applied")
        .allMatch(outcome -> outcome instanceof ApplyOutcome.AlreadyApplied);
    long next = await(log.propose(LogWorkloads.serviceCreated("after-restart")));
    assertThat(next).isGreaterThan(appliedBefore);
    assertThat(LogWorkloads.serviceNames(state)).contains("after-restart");
    List<Long> all = new ArrayList<>(acknowledged);
    all.add(next);
    assertEachIndexWrittenOnce(all);
  }

  @Test
  public void aRestartedLogRebuildsAnEmptyStateFromItsCommittedEntries() throws Exception {
    assumeTrue(keepsEntriesAcrossRestart(), "the log under test keeps no entries");
    List<Long> acknowledged = LogWorkloads.proposeMixed(log, "svc", 6);
    var expected = LogWorkloads.everyEntity(state);

    restart(new InMemoryClusterStateAdapter());
    await(log.readBarrier());

    assertThat(LogWorkloads.everyEntity(state)).isEqualTo(expected);
    assertThat(state.lastAppliedIndex()).isEqualTo(acknowledged.getLast());
  }

  @Test
  public void aRestartFromASnapshotRestoresItAndReplaysOnlyTheEntriesAfterIt() throws Exception {
    LogWorkloads.proposeMixed(log, "before", 5);
    long snapshotIndex = snapshot(log);
    assertThat(snapshotIndex).isGreaterThanOrEqualTo(state.lastAppliedIndex());
    List<Long> after = LogWorkloads.proposeMixed(log, "after", 4);
    var expected = LogWorkloads.everyEntity(state);

    var restoring = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    restart(restoring);
    await(log.readBarrier());

    assertThat(restoring.restoredAt()).as("restored from a snapshot").isNotEmpty();
    assertThat(restoring.restoredAt().getFirst()).isGreaterThanOrEqualTo(snapshotIndex);
    assertThat(apply.handed())
        .as("entries a restored snapshot holds are not handed to the apply logic again")
        .allMatch(index -> index > restoring.restoredAt().getFirst());
    assertThat(LogWorkloads.everyEntity(state)).isEqualTo(expected);
    assertThat(state.lastAppliedIndex()).isEqualTo(after.getLast());
  }

  private void assertEachIndexWrittenOnce(List<Long> indexes) {
    for (long index : indexes) {
      assertThat(writesPerIndex.get(index)).as("writes of entry %d", index).hasValue(1);
    }
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Applies through {@link ApplyOutcome#applyOnce}, recording what it is handed and does. */
  private final class CountingApply implements ApplyCommittedChangeUseCase {
    private final ClusterStatePort target;
    private final List<Long> handed = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> terms = Collections.synchronizedList(new ArrayList<>());
    private final List<ApplyOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    CountingApply(ClusterStatePort target) {
      this.target = target;
    }

    @Override
    public ApplyOutcome apply(long logIndex, long logTerm, StateChange change) {
      handed.add(logIndex);
      terms.add(logTerm);
      ApplyOutcome outcome =
          ApplyOutcome.applyOnce(
              target,
              logIndex,
              writer -> {
                writesPerIndex
                    .computeIfAbsent(logIndex, index -> new AtomicInteger())
                    .incrementAndGet();
                change.applyTo(writer);
              });
      outcomes.add(outcome);
      return outcome;
    }

    List<Long> handed() {
      synchronized (handed) {
        return List.copyOf(handed);
      }
    }

    List<ApplyOutcome> outcomes() {
      synchronized (outcomes) {
        return List.copyOf(outcomes);
      }
    }
  }
}
