package dev.warren.testkit;

import dev.warren.domain.port.out.ClusterStatePort;
import java.nio.file.Path;

class InMemoryClusterStateAdapterTest extends ClusterStatePortContract {
  @Override
  protected ClusterStatePort newStore(Path dir) {
    return new InMemoryClusterStateAdapter();
  }
}
