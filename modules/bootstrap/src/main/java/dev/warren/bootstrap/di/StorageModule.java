package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.bootstrap.config.ManagerConfig;
import dev.warren.domain.port.out.ClusterStatePort;
import jakarta.inject.Singleton;

/** The cluster state store: Xodus under {@code <data>/state}. */
@Module
public interface StorageModule {

  /** Opens the store; the server closes it on stop. */
  @Provides
  @Singleton
  static ClusterStatePort clusterState(ManagerConfig config) {
    return new XodusClusterStateAdapter(new StorageSettings(config.stateDir()));
  }
}
