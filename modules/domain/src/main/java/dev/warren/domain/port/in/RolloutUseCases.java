package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/**
 * The use cases of warren.rollouts.v1, one per RPC; built by the composition root and driven by the
 * API adapter.
 */
public record RolloutUseCases(GetRolloutUseCase get, WatchRolloutUseCase watch) {
  public RolloutUseCases {
    Checks.notNull("get rollout use case", get);
    Checks.notNull("watch rollout use case", watch);
  }
}
