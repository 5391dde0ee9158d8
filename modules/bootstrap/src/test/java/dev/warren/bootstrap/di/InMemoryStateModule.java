package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import jakarta.inject.Singleton;

/** Cluster state in memory; nothing survives the component. */
@Module
public interface InMemoryStateModule {

  @Provides
  @Singleton
  static ClusterStatePort clusterState() {
    return new InMemoryClusterStateAdapter();
  }
}
