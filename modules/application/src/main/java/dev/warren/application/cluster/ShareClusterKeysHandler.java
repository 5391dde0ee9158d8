package dev.warren.application.cluster;

import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.out.ClusterKeys;
import dev.warren.domain.port.out.ClusterKeysPort;
import java.util.Objects;

/**
 * Reads this manager's cluster keys for a joining manager. Who may ask is the RPC's rule (managers
 * only); nothing here logs or keeps the keys. Thread-safe.
 */
public final class ShareClusterKeysHandler implements ShareClusterKeysUseCase {
  private final ClusterKeysPort keys;

  public ShareClusterKeysHandler(ClusterKeysPort keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  @Override
  public ClusterKeys share() {
    return keys.read();
  }
}
