package dev.warren.adapters.raft.statemachine;

import dev.warren.adapters.raft.codec.LogEntryCodec;
import dev.warren.adapters.raft.codec.ReplyCodec;
import dev.warren.adapters.raft.snapshot.StateSnapshots;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftGroupMemberId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.thirdparty.com.google.protobuf.UnsafeByteOperations;
import org.apache.ratis.util.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ratis state machine of a manager: applies each committed {@link StateChange} to the cluster
 * state through {@link ApplyCommittedChangeUseCase} and answers the proposer with the encoded
 * {@link ApplyOutcome}.
 *
 * <p>Every committed entry goes to the apply logic, replayed ones too: Ratis replays from its
 * latest snapshot and a persistent store may already hold more, and the apply logic acknowledges
 * what the state holds as {@link ApplyOutcome.AlreadyApplied} (see {@link ApplyOutcome#applyOnce}).
 * Nothing here throws into Ratis (that would close the server); an entry that cannot be applied
 * completes its future exceptionally and is logged. Ratis calls the apply methods from one thread,
 * in log order.
 */
public final class ClusterStateMachine extends BaseStateMachine {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterStateMachine.class);

  private final ApplyCommittedChangeUseCase apply;
  private final StateSnapshots snapshots;
  private final AppliedIndexWaiter applied = new AppliedIndexWaiter(RaftLog.INVALID_LOG_INDEX);
  private final CompletableFuture<Void> leaderKnown = new CompletableFuture<>();

  /**
   * The last state-change entry applied or skipped. Snapshots are taken at this index rather than
   * at Ratis' applied index, which also counts configuration and metadata entries the state never
   * sees; so "the state is behind the snapshot" compares indexes of the same kind, and a persistent
   * store that is up to date is not restored on every restart.
   */
  private volatile TermIndex lastChange = TermIndex.INITIAL_VALUE;

  /**
   * Ratis' automatic trigger: it asks for a snapshot once this many entries were applied since the
   * last one. A request before that is someone else's (an operator's, or the one on stop).
   */
  private final long snapshotThreshold;

  /** A state machine whose snapshots Ratis triggers every {@code snapshotThreshold} entries. */
  public ClusterStateMachine(
      ApplyCommittedChangeUseCase apply, ClusterStatePort state, long snapshotThreshold) {
    this.apply = apply;
    this.snapshots = new StateSnapshots(state);
    this.snapshotThreshold = snapshotThreshold;
  }

  /** A state machine that takes every snapshot in the background. */
  public ClusterStateMachine(ApplyCommittedChangeUseCase apply, ClusterStatePort state) {
    this(apply, state, 1);
  }

  /** The index the local state is applied up to, with waiters. */
  public AppliedIndexWaiter applied() {
    return applied;
  }

  /**
   * Completes once this manager can serve: it leads and has applied its first entry of the term, or
   * it follows a known leader.
   */
  public CompletableFuture<Void> leaderKnown() {
    return leaderKnown;
  }

  @Override
  public StateMachineStorage getStateMachineStorage() {
    return snapshots.storage();
  }

  @Override
  public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage raftStorage)
      throws IOException {
    getLifeCycle()
        .startAndTransition(
            () -> {
              super.initialize(server, groupId, raftStorage);
              snapshots.init(raftStorage);
              loadLatestSnapshot();
            },
            IOException.class);
  }

  /** Ratis is about to replace the snapshot directory: a snapshot being written finishes first. */
  @Override
  public void pause() {
    snapshots.pause();
    if (getLifeCycleState() == LifeCycle.State.RUNNING) {
      getLifeCycle().transition(LifeCycle.State.PAUSING);
      getLifeCycle().transition(LifeCycle.State.PAUSED);
    }
  }

  /** Ratis installed a snapshot from the leader into the state machine directory: load it. */
  @Override
  public void reinitialize() throws IOException {
    loadLatestSnapshot();
    snapshots.resume();
    if (getLifeCycleState() == LifeCycle.State.PAUSED) {
      getLifeCycle().transition(LifeCycle.State.STARTING);
      getLifeCycle().transition(LifeCycle.State.RUNNING);
    }
  }

  private void loadLatestSnapshot() throws IOException {
    TermIndex snapshot = snapshots.restoreIfNewer();
    if (snapshot != null) {
      setLastAppliedTermIndex(snapshot);
      lastChange = snapshot;
      applied.advanceTo(snapshot.getIndex());
    }
  }

  /**
   * Ratis' automatic snapshot starts at the last applied change on a thread of its own and returns
   * at once, so writes go on while it is copied; Ratis purges the log once a later call reports it
   * finished (see {@link StateSnapshots#takeInBackground}). A request someone waits for (an
   * operator's, or the one on stop) is written before this returns.
   */
  @Override
  public long takeSnapshot() throws IOException {
    TermIndex last = lastChange;
    if (last.getIndex() < 0) {
      return RaftLog.INVALID_LOG_INDEX;
    }
    TermIndex ratisApplied = getLastAppliedTermIndex();
    long sinceReported =
        (ratisApplied == null ? last.getIndex() : ratisApplied.getIndex()) - snapshots.reported();
    if (sinceReported < snapshotThreshold) {
      try {
        return snapshots.takeNow(last);
      } catch (RuntimeException e) {
        throw new IOException("snapshot at " + last + " failed: " + e.getMessage(), e);
      }
    }
    return snapshots.takeInBackground(last);
  }

  /**
   * Refuses, on the leader, a proposal that is not a valid state change before it is logged, and
   * keeps the decoded change with the transaction: while this manager leads, Ratis hands the same
   * transaction to {@link #applyTransaction}, which then need not decode the entry a second time on
   * the one apply thread.
   */
  @Override
  public TransactionContext startTransaction(RaftClientRequest request) throws IOException {
    TransactionContext transaction = super.startTransaction(request);
    try {
      transaction.setStateMachineContext(
          LogEntryCodec.decode(request.getMessage().getContent().toByteArray()));
    } catch (RuntimeException e) {
      transaction.setException(e);
    }
    return transaction;
  }

  @Override
  public CompletableFuture<Message> applyTransaction(TransactionContext transaction) {
    LogEntryProto entry = transaction.getLogEntry();
    TermIndex termIndex = TermIndex.valueOf(entry);
    try {
      StateChange change = changeOf(transaction, entry);
      ApplyOutcome outcome = apply.apply(termIndex.getIndex(), termIndex.getTerm(), change);
      return CompletableFuture.completedFuture(
          Message.valueOf(UnsafeByteOperations.unsafeWrap(ReplyCodec.encodeOutcome(outcome))));
    } catch (RuntimeException e) {
      LOG.error("Raft log entry {} could not be applied to the cluster state", termIndex, e);
      return CompletableFuture.failedFuture(e);
    } finally {
      lastChange = termIndex;
      markApplied(termIndex);
    }
  }

  /**
   * The change {@link #startTransaction} decoded when this manager accepted the proposal as leader;
   * else (a follower, a replayed entry, a new leader applying its predecessor's entries) decoded
   * from the log entry. Both are the same bytes: the leader logs exactly the request's message.
   */
  private static StateChange changeOf(TransactionContext transaction, LogEntryProto entry) {
    if (transaction.getStateMachineContext() instanceof StateChange decoded) {
      return decoded;
    }
    return LogEntryCodec.decode(entry.getStateMachineLogEntry().getLogData().toByteArray());
  }

  /** Configuration and metadata entries: nothing to apply, but the index moves on. */
  @Override
  public void notifyTermIndexUpdated(long term, long index) {
    markApplied(TermIndex.valueOf(term, index));
  }

  private void markApplied(TermIndex termIndex) {
    updateLastAppliedTermIndex(termIndex);
    applied.advanceTo(termIndex.getIndex());
  }

  /** Answers the read barrier's query with the applied index (after Ratis' read index wait). */
  @Override
  public CompletableFuture<Message> query(Message request) {
    if (!ReplyCodec.isAppliedIndexQuery(request.getContent().toByteArray())) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("unknown read-only query to the cluster state machine"));
    }
    return CompletableFuture.completedFuture(
        Message.valueOf(
            UnsafeByteOperations.unsafeWrap(ReplyCodec.encodeIndex(applied.current()))));
  }

  @Override
  public void notifyLeaderReady() {
    leaderKnown.complete(null);
  }

  @Override
  public void notifyLeaderChanged(RaftGroupMemberId self, RaftPeerId newLeaderId) {
    if (!newLeaderId.equals(self.getPeerId())) {
      leaderKnown.complete(null);
    }
  }

  @Override
  public void close() {
    applied.close(new UnavailableException("the Raft log on this manager is closed"));
    // The snapshot Ratis asked for on stop is finished, so a restart replays less of the log.
    snapshots.close();
    getLifeCycle().checkStateAndClose(() -> {});
  }
}
