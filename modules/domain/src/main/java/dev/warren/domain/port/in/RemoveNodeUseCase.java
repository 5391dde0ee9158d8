package dev.warren.domain.port.in;

/** Removes a node. */
public interface RemoveNodeUseCase {
  /**
   * Removes the node; its containers are marked to shut down (desired state SHUTDOWN), so they are
   * replaced elsewhere.
   *
   * @throws dev.warren.domain.error.NotFoundException if no such node is registered
   * @throws dev.warren.domain.error.FailedPreconditionException if the node is a member of the
   *     managers' Raft group (managers leave the group first)
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void remove(RemoveNodeRequest request);
}
