package dev.warren.domain.port.in;

import java.util.Optional;

/** Reads how far the rollout of one service got ({@code warren service inspect}). */
public interface GetRolloutUseCase {
  /**
   * The service's current (or last) rollout as the replicated state holds it, with the service's
   * replicas; empty when the service was never rolled out (only created or scaled). Reads only.
   *
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Optional<RolloutSnapshot> get(GetRolloutRequest request);
}
