package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.Checks;

/**
 * One operation of the warren.v1 API as authorization sees it: its RPC name, whether it only reads
 * (the read-only unix socket serves exactly the reading ones) and who may call it. The API adapter
 * declares one per RPC, beside the use case the RPC calls; the authorization use case evaluates the
 * rule.
 */
public record ApiOperation(String rpcName, Effect effect, AccessRule rule) {

  /** Whether an operation changes the cluster (or issues credentials) or only reads. */
  public enum Effect {
    READ,
    WRITE
  }

  public ApiOperation {
    Checks.notBlank("RPC name", rpcName);
    Checks.notNull("effect", effect);
    Checks.notNull("access rule", rule);
  }

  public boolean isRead() {
    return effect == Effect.READ;
  }
}
