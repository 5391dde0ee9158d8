package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.raft.RaftSettings;
import dev.warren.adapters.raft.RatisReplicatedLogAdapter;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.bootstrap.lifecycle.ManagerJoining;
import dev.warren.bootstrap.lifecycle.NodeTls;
import dev.warren.bootstrap.lifecycle.RunningLog;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.tls.ClientTlsIdentity;
import jakarta.inject.Singleton;

/**
 * The replicated log: this manager's Ratis server under {@code <data>/raft}, on mutual TLS; a new
 * group of one on a new cluster, or, for a manager that joins one, a member added to its group.
 */
@Module
public interface RaftModule {

  /**
   * Starts the Ratis server on mutual TLS with the node certificate (format on first start, recover
   * after); the server closes it. A manager joining a cluster (its state holds no cluster yet)
   * starts outside the group and returns once a manager has added it and it has caught up.
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
    boolean clusterExists =
        state.read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID)).isPresent();
    if (clusterExists || config.join().isEmpty()) {
      RatisReplicatedLogAdapter ratis = RatisReplicatedLogAdapter.start(settings, apply, state);
      return new RunningLog(ratis, config.raftListen().withPort(ratis.port()).toString());
    }
    RatisReplicatedLogAdapter ratis =
        RatisReplicatedLogAdapter.startJoining(settings, apply, state);
    try {
      TcpAddress raftAddress = config.raftListen().withPort(ratis.port());
      ManagerJoining.joinGroup(
          config,
          config.join().get(),
          new ClientTlsIdentity(
              tls.initial().identity().certificateChainPem(),
              tls.initial().identity().privateKeyPem(),
              tls.caCertificatePem()),
          ratis,
          raftAddress);
      return new RunningLog(ratis, raftAddress.toString());
    } catch (RuntimeException failure) {
      ratis.close();
      throw failure;
    }
  }

  @Provides
  static ReplicatedLogPort replicatedLog(RunningLog running) {
    return running.log();
  }
}
