package dev.warren.domain.port.in;

import dev.warren.domain.port.out.ClusterKeys;

/**
 * Hands this manager's {@link ClusterKeys} to another manager: the step of joining that makes a
 * node with a manager certificate able to issue certificates and open secrets. Only managers may
 * call it (the RPC's rule); the caller's certificate is the credential.
 */
public interface ShareClusterKeysUseCase {
  /**
   * @throws dev.warren.domain.error.FailedPreconditionException if this manager holds no CA key or
   *     data key itself
   */
  ClusterKeys share();
}
