package dev.warren.domain.port.in;

/** Adds a manager to the consensus group against a manager join token. */
public interface JoinClusterUseCase {
  /**
   * Verifies the token (it must be a current manager token of this cluster), then adds the node as
   * a voting member of the group. Joining again with the same id and address succeeds and changes
   * nothing.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the node id, the address or the form of
   *     the token is invalid
   * @throws dev.warren.domain.error.PermissionDeniedException if the token is for another cluster,
   *     unknown, rotated, expired or not a manager token; the message says which
   * @throws dev.warren.domain.error.FailedPreconditionException if the cluster is not initialized,
   *     or the id is already a member at another address
   * @throws dev.warren.domain.error.UnavailableException if no leader can make the change now, or
   *     the new manager does not catch up in time
   */
  JoinClusterResult join(JoinClusterRequest request);
}
