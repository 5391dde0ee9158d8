package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.raft.RaftSettings;
import dev.warren.adapters.raft.RatisReplicatedLogAdapter;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.bootstrap.lifecycle.NodeTls;
import dev.warren.bootstrap.lifecycle.RunningLog;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import jakarta.inject.Singleton;

/** The replicated log: a single-node Ratis group under {@code <data>/raft}, on mutual TLS. */
@Module
public interface RaftModule {

  /**
   * Starts the Ratis server on mutual TLS with the node certificate (format on first start, recover
   * after); the server closes it.
   */
  @Provides
  @Singleton
  static RunningLog runningLog(
      ManagerConfig config,
      ApplyCommittedChangeHandler apply,
      ClusterStatePort state,
      NodeTls tls) {
    RaftSettings settings =
        RaftSettings.singleNode(
            config.nodeId().value(),
            config.raftDir(),
            config.raftListen().host(),
            config.raftListen().port(),
            tls.raft());
    RatisReplicatedLogAdapter ratis = RatisReplicatedLogAdapter.start(settings, apply, state);
    return new RunningLog(ratis, config.raftListen().withPort(ratis.port()).toString());
  }

  @Provides
  static ReplicatedLogPort replicatedLog(RunningLog running) {
    return running.log();
  }
}
