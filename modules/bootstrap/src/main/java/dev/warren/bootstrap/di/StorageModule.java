package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.port.out.ClusterStatePort;
import jakarta.inject.Singleton;

/** The cluster state store: Xodus under {@code <data>/state}. */
@Module
public interface StorageModule {

  /**
   * Opens the store; the server closes it on stop. Commits are not fsynced one by one: the Raft
   * log, fsynced before an entry commits, is the durable record. A store that lost its latest
   * commits in a machine crash reopens at an earlier applied index and Ratis re-applies the rest
   * from the log on start (or restores the latest snapshot first if the store is behind it). One
   * fsync per applied entry would otherwise cap writes at the disk's serial fsync rate.
   */
  @Provides
  @Singleton
  static ClusterStatePort clusterState(ManagerConfig config) {
    return new XodusClusterStateAdapter(new StorageSettings(config.stateDir(), false));
  }
}
