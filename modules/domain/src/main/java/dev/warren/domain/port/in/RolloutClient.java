package dev.warren.domain.port.in;

/**
 * What a client reads of rollouts, as one port: the use cases of warren.rollouts.v1, which a remote
 * client offers over its connection to a manager.
 */
public interface RolloutClient extends GetRolloutUseCase, WatchRolloutUseCase {}
