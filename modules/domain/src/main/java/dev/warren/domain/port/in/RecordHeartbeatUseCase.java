package dev.warren.domain.port.in;

/** Takes a node's heartbeat. */
public interface RecordHeartbeatUseCase {
  /**
   * Notes that the node is alive now. Replicates only what changed: the node's status (a down node
   * is ready again) or resources, and container states that moved forward. An idle heartbeat writes
   * nothing; its time is kept in this manager's memory and shown by node reads here. Reports on
   * unknown containers, on other nodes' containers or going backwards are skipped.
   *
   * @throws dev.warren.domain.error.NotFoundException if the node is not registered
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void record(RecordHeartbeatRequest request);
}
