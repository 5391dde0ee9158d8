package dev.warren.application.node;

import dev.warren.application.loop.PassLoop;
import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.NodeChange.NodeMarkedDown;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Marks silent nodes down, on the leader: a node not heard from for longer than the timeout (three
 * missed heartbeats, 15 s by default) is proposed {@link NodeMarkedDown}, which makes the
 * reconciler start its replicas elsewhere. Heard means the later of the replicated last heartbeat
 * and what this manager's {@link HeartbeatTracker} received; a loop also counts every node as heard
 * when it was created, because a new leader knows no idle heartbeats yet (build one per leadership,
 * when this manager becomes leader). Checks run every third of the timeout, at least every second,
 * on a thread of their own; each decision carries the leader's term.
 */
public final class NodeLivenessLoop implements AutoCloseable {
  /** Three missed heartbeats of 5 s. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private static final long NOT_LEADING = -1;

  private final ClusterStatePort state;
  private final ReplicatedLogPort log;
  private final HeartbeatTracker heartbeats;
  private final InstantSource clock;
  private final Duration timeout;
  private final PassLoop loop;

  /**
   * The term {@link #leadingSince} belongs to: a manager that becomes leader gives every node a
   * full timeout from then, since heartbeats its predecessor received idle were never replicated.
   * Accessed by the loop's one thread (and by tests calling {@link #checkOnce} directly).
   */
  private long ledTerm;

  private Instant leadingSince;

  public NodeLivenessLoop(
      ClusterStatePort state,
      ReplicatedLogPort log,
      HeartbeatTracker heartbeats,
      InstantSource clock,
      Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("heartbeat timeout must be positive, got " + timeout);
    }
    this.state = state;
    this.log = log;
    this.heartbeats = heartbeats;
    this.clock = clock;
    this.timeout = timeout;
    this.leadingSince = StoredTime.now(clock);
    this.ledTerm = log.leaderTerm().orElse(NOT_LEADING);
    this.loop = new PassLoop("node-liveness", this::checkOnce, clock);
  }

  /**
   * The longest wait between checks: a node is marked down at most this long after its timeout (a
   * check every third of a 15 s timeout let a node stay up for 20 s, and its replicas start
   * elsewhere only after that). A check reads the nodes and this manager's memory only.
   */
  static final Duration MAX_CHECK_PERIOD = Duration.ofSeconds(1);

  /** Starts checking: at once, then every third of the timeout, at least every second. */
  public void start() {
    loop.start(checkPeriod(timeout));
  }

  // Package-private for its test.
  static Duration checkPeriod(Duration timeout) {
    Duration third = timeout.dividedBy(3);
    if (third.isZero()) {
      return Duration.ofMillis(1);
    }
    return third.compareTo(MAX_CHECK_PERIOD) > 0 ? MAX_CHECK_PERIOD : third;
  }

  /**
   * One check: marks down every node that runs replicas, is not down yet and is silent for longer
   * than the timeout; nothing when this manager does not lead.
   *
   * @return the nodes marked down
   */
  public synchronized List<NodeId> checkOnce() {
    OptionalLong term = log.leaderTerm();
    if (term.isEmpty()) {
      return List.of();
    }
    Instant now = StoredTime.now(clock);
    if (term.getAsLong() != ledTerm) {
      ledTerm = term.getAsLong();
      leadingSince = now;
    }
    List<Node> nodes = state.read(reader -> reader.list(EntityKind.NODE));
    List<NodeId> down = new ArrayList<>();
    for (Node node : nodes) {
      // A manager-only node runs no replicas; its liveness is the Raft group's business.
      if (node.status() == NodeStatus.DOWN || !node.role().runsContainers()) {
        continue;
      }
      Instant heard = heartbeats.withLatestHeartbeat(node).lastHeartbeat();
      Instant last = heard.isAfter(leadingSince) ? heard : leadingSince;
      if (Duration.between(last, now).compareTo(timeout) > 0) {
        Futures.await(
            log.propose(new LeaderDecision(term.getAsLong(), new NodeMarkedDown(node.id(), heard))),
            "marking node " + node.id() + " down");
        down.add(node.id());
      }
    }
    return List.copyOf(down);
  }

  @Override
  public void close() {
    loop.close();
  }
}
