package dev.warren.domain.port.in;

/**
 * Follows the rollout of one service live ({@code warren service update --detach=false}): the
 * deployer's progress, batch by batch, as the replicated state records it.
 */
public interface WatchRolloutUseCase {
  /**
   * Starts delivering to {@code sink}: first the rollout and the service's replicas as they are
   * now, then a snapshot after every committed change of either (a newer rollout that supersedes
   * the first included), until a snapshot shows a rollout the deployer no longer moves on by itself
   * (completed, paused, failed, rolled back); the sink then ends without failure. The sink ends
   * with {@link dev.warren.domain.error.NotFoundException} if the service is removed meanwhile. A
   * watch on any manager sees what that manager applied.
   *
   * @throws dev.warren.domain.error.NotFoundException if no such service exists, or it has no
   *     rollout to follow
   */
  RolloutWatch watch(WatchRolloutRequest request, RolloutSink sink);
}
