package dev.warren.adapters.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.testkit.ReplicatedLogPortContract;
import dev.warren.testkit.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;

/** The log contract on a one-manager Ratis group on loopback, over mutual TLS. */
class RatisReplicatedLogPortContractIT extends ReplicatedLogPortContract {
  private static final TestPki PKI = TestPki.create("cluster-contract");
  private static final String NODE = "m1";

  @Override
  protected ReplicatedLogPort start(
      Path directory, ClusterStatePort state, ApplyCommittedChangeUseCase apply) {
    var settings =
        RaftSettings.singleNode(NODE, directory, "127.0.0.1", 0, RaftTestTls.manager(PKI, NODE));
    return RatisReplicatedLogAdapter.start(settings, apply, state);
  }

  /** Asks the server for a snapshot through Ratis' admin API, as an operator would. */
  @Override
  protected long snapshot(ReplicatedLogPort log) {
    var ratis = (RatisReplicatedLogAdapter) log;
    var self = RaftPeer.newBuilder().setId(NODE).setAddress(ratis.address()).build();
    try (RaftClient admin =
        RaftClient.newBuilder()
            .setRaftGroup(RaftGroup.valueOf(RatisReplicatedLogAdapter.GROUP_ID, self))
            .setProperties(RatisConfiguration.client())
            .setParameters(RatisConfiguration.tls(RaftTestTls.manager(PKI, "m1-admin")))
            .build()) {
      RaftClientReply reply =
          admin.getSnapshotManagementApi(RaftPeerId.valueOf(NODE)).create(true, 10_000);
      assertThat(reply.isSuccess()).as("snapshot reply %s", reply).isTrue();
      return reply.getLogIndex();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
