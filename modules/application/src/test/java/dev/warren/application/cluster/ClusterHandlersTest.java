package dev.warren.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.port.in.InitializeClusterRequest;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryCertificateAuthorityAdapter;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterHandlersTest {
  private final Fixture fixture = new Fixture();
  private final InMemoryCertificateAuthorityAdapter ca = new InMemoryCertificateAuthorityAdapter();
  private final InitializeClusterHandler init =
      new InitializeClusterHandler(fixture.state, fixture.log, ca, fixture.clock);
  private final NodeId self = NodeId.of(InMemoryReplicatedLogAdapter.LOCAL_MEMBER);

  private Node storedSelf() {
    return fixture.state.read(reader -> reader.get(EntityKind.NODE, self.value())).orElseThrow();
  }

  @Test
  void initializingCreatesTheCaTheClusterAndRegistersThisManager() {
    Cluster cluster =
        init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:8080"));

    assertThat(ca.rootsCreated()).isEqualTo(1);
    assertThat(cluster.caCertificateDigest()).isEqualTo("digest-of-" + cluster.id());
    assertThat(storedSelf().address()).isEqualTo("127.0.0.1:8080");
    assertThat(storedSelf().status()).isEqualTo(NodeStatus.READY);
    assertThat(storedSelf().role()).isEqualTo(NodeRole.HYBRID);
  }

  @Test
  void initializingAgainKeepsTheClusterAndOnlyUpdatesTheAddress() {
    Cluster first =
        init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:8080"));
    fixture.clock.advance(Duration.ofMinutes(1));

    Cluster again =
        init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:9999"));

    assertThat(again).isEqualTo(first);
    assertThat(ca.rootsCreated()).isEqualTo(1);
    assertThat(storedSelf().address()).isEqualTo("127.0.0.1:9999");
    assertThat(storedSelf().createdAt()).isEqualTo(Fixture.T0);
    assertThat(storedSelf().version().value()).isEqualTo(2);
  }

  @Test
  void ensuringTheClusterCreatesItOnceAndRegistersNoNode() {
    Cluster created = init.ensureCluster();

    Cluster again = init.ensureCluster();

    assertThat(again).isEqualTo(created);
    assertThat(ca.rootsCreated()).isEqualTo(1);
    Optional<Node> registered =
        fixture.state.read(reader -> reader.get(EntityKind.NODE, self.value()));
    assertThat(registered).isEmpty();
    assertThat(
            init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:8080")))
        .isEqualTo(created);
  }

  @Test
  void clusterInfoNamesTheLeaderAndItsApiAddress() {
    init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:8080"));

    ClusterInfo info = new GetClusterInfoHandler(fixture.state, fixture.log).get();

    assertThat(info.leaderId()).isEqualTo(self.value());
    assertThat(info.leaderApiAddress()).isEqualTo("127.0.0.1:8080");
    assertThat(info.members()).hasSize(1);
  }

  @Test
  void clusterInfoSaysHowFarEachMemberIs() throws Exception {
    init.initialize(new InitializeClusterRequest(self, NodeRole.HYBRID, "127.0.0.1:8080"));
    fixture.log.addMember("manager-2", "10.0.0.2:7946").get();

    ClusterInfo info = new GetClusterInfoHandler(fixture.state, fixture.log).get();

    assertThat(info.progress())
        .containsExactly(
            MemberProgress.reached(
                InMemoryReplicatedLogAdapter.LOCAL_MEMBER, fixture.state.lastAppliedIndex()),
            MemberProgress.unreachable("manager-2"));
    assertThat(info.progressOf("manager-2")).map(MemberProgress::reachable).contains(false);
  }

  @Test
  void clusterInfoBeforeRegistrationHasNoLeaderAddress() {
    ClusterInfo info = new GetClusterInfoHandler(fixture.state, fixture.log).get();

    assertThat(info.leaderApiAddress()).isEmpty();
  }
}
