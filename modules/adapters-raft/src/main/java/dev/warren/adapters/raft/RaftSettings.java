package dev.warren.adapters.raft;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How this manager takes part in the Raft group.
 *
 * @param nodeId this manager's peer id; stable across restarts, unique in the group
 * @param directory where the Raft log, its metadata and its snapshots live (not the state store)
 * @param host the address the Raft port binds to and that peers use to reach it
 * @param port the Raft port; 0 picks a free port, reported by {@link
 *     RatisReplicatedLogAdapter#port()}
 * @param electionTimeoutMin lower bound of the randomized election timeout
 * @param electionTimeoutMax upper bound of the randomized election timeout
 * @param snapshotThreshold applied entries after which the state is snapshotted and the log before
 *     the snapshot may be purged
 * @param tls the node certificate and cluster CA every Raft connection is mutually authenticated
 *     with (TLS 1.3); there is no plaintext mode
 * @param leaderWait how long a proposal or a linearizable read waits for a leader that can answer
 *     it (an election, a leader out of reach, no quorum) before it fails as unavailable; {@link
 *     #LEADER_WAIT_DEFAULT} unless set
 */
public record RaftSettings(
    String nodeId,
    Path directory,
    String host,
    int port,
    Duration electionTimeoutMin,
    Duration electionTimeoutMax,
    long snapshotThreshold,
    RaftTls tls,
    Duration leaderWait) {

  /**
   * Long enough to ride out an election (a few election timeouts) and a leader restart, short
   * enough that a client without a quorum hears so while its user still waits.
   */
  public static final Duration LEADER_WAIT_DEFAULT = Duration.ofSeconds(10);

  public RaftSettings {
    Objects.requireNonNull(nodeId, "raft node id");
    Objects.requireNonNull(directory, "raft directory");
    Objects.requireNonNull(host, "raft host");
    Objects.requireNonNull(electionTimeoutMin, "raft election timeout min");
    Objects.requireNonNull(electionTimeoutMax, "raft election timeout max");
    Objects.requireNonNull(tls, "raft tls");
    Objects.requireNonNull(leaderWait, "raft leader wait");
    // Ratis peer ids travel in file names and gRPC metadata; keep them to a safe alphabet.
    if (!nodeId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "raft node id must be 1-64 letters, digits, '.', '_' or '-': " + nodeId);
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException("raft host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("raft port must be 0-65535: " + port);
    }
    if (electionTimeoutMin.isNegative() || electionTimeoutMin.isZero()) {
      throw new IllegalArgumentException(
          "raft election timeout min must be positive: " + electionTimeoutMin);
    }
    if (electionTimeoutMax.compareTo(electionTimeoutMin) <= 0) {
      throw new IllegalArgumentException(
          "raft election timeout max ("
              + electionTimeoutMax
              + ") must be greater than min ("
              + electionTimeoutMin
              + ")");
    }
    if (snapshotThreshold < 1) {
      throw new IllegalArgumentException(
          "raft snapshot threshold must be at least 1: " + snapshotThreshold);
    }
    if (leaderWait.isNegative() || leaderWait.isZero()) {
      throw new IllegalArgumentException("raft leader wait must be positive: " + leaderWait);
    }
  }

  /** Settings that wait {@link #LEADER_WAIT_DEFAULT} for a leader. */
  public RaftSettings(
      String nodeId,
      Path directory,
      String host,
      int port,
      Duration electionTimeoutMin,
      Duration electionTimeoutMax,
      long snapshotThreshold,
      RaftTls tls) {
    this(
        nodeId,
        directory,
        host,
        port,
        electionTimeoutMin,
        electionTimeoutMax,
        snapshotThreshold,
        tls,
        LEADER_WAIT_DEFAULT);
  }

  /** These settings with another {@link #leaderWait()}. */
  public RaftSettings withLeaderWait(Duration wait) {
    return new RaftSettings(
        nodeId,
        directory,
        host,
        port,
        electionTimeoutMin,
        electionTimeoutMax,
        snapshotThreshold,
        tls,
        wait);
  }

  /**
   * Settings for a one-manager group: election timeout 1-2 s (so that a later 3-node group on a LAN
   * rides out GC pauses) and a snapshot every 10,000 applied entries.
   */
  public static RaftSettings singleNode(
      String nodeId, Path directory, String host, int port, RaftTls tls) {
    return new RaftSettings(
        nodeId, directory, host, port, Duration.ofSeconds(1), Duration.ofSeconds(2), 10_000, tls);
  }
}
