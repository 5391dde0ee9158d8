package dev.warren.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.security.JoinTokenVerifier;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import dev.warren.testkit.SampleEntities;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JoinClusterHandlerTest {
  private static final String CA_DIGEST = "ab12cd34";

  private final Fixture fixture = new Fixture();
  private final JoinClusterHandler handler =
      new JoinClusterHandler(
          new StateQueries(fixture.state, fixture.log),
          fixture.log,
          new JoinTokenVerifier(fixture.joinTokenSecrets, fixture.clock),
          new GetClusterInfoHandler(fixture.state, fixture.log));

  JoinClusterHandlerTest() {
    fixture.initializeCluster(ClusterId.of("c1"), CA_DIGEST);
  }

  private String token(Role role) {
    return fixture.joinToken(role);
  }

  @Test
  void aManagerTokenAddsTheNodeAsAVoterAndAnswersJoinedWithTheLeadersApiAddress() {
    fixture
        .log
        .propose(new NodeRegistered(SampleEntities.node(InMemoryReplicatedLogAdapter.LOCAL_MEMBER)))
        .join();

    JoinClusterResult result =
        handler.join(new JoinClusterRequest("manager-2", "10.0.0.2:7000", token(Role.MANAGER)));

    assertThat(result).isEqualTo(new JoinClusterResult("joined", "127.0.0.1:7946"));
    assertThat(fixture.log.membership().members())
        .contains(new ClusterMember("manager-2", "10.0.0.2:7000", Suffrage.VOTER));
  }

  @Test
  void joiningAgainWithTheSameAddressSucceedsAndAnotherAddressIsRefused() {
    String token = token(Role.MANAGER);
    handler.join(new JoinClusterRequest("manager-2", "10.0.0.2:7000", token));

    JoinClusterResult again =
        handler.join(new JoinClusterRequest("manager-2", "10.0.0.2:7000", token));

    assertThat(again.status()).isEqualTo("joined");
    assertThat(again.leaderApiAddress()).as("the leader has no node record").isEmpty();
    assertThatThrownBy(
            () -> handler.join(new JoinClusterRequest("manager-2", "10.0.0.3:7000", token)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("already in the group at 10.0.0.2:7000");
    assertThat(fixture.log.membership().members()).hasSize(2);
  }

  @Test
  void aTokenOfAnotherRoleIsRefusedAndNothingChanges() {
    String worker = token(Role.WORKER);
    Membership before = fixture.log.membership();
    int proposedBefore = fixture.log.proposed().size();

    assertThatThrownBy(() -> join(worker))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("the join token is a worker token; joining as a manager needs a manager token");
    assertThat(fixture.log.membership()).isEqualTo(before);
    assertThat(fixture.log.proposed()).hasSize(proposedBefore);
  }

  @Test
  void anExpiredRotatedUnknownOrMalformedTokenIsRefusedAndNothingChanges() {
    String expired = token(Role.MANAGER);
    fixture.clock.advance(Duration.ofDays(1));
    Membership before = fixture.log.membership();
    int proposedBefore = fixture.log.proposed().size();

    assertThatThrownBy(() -> join(expired))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("expired at");
    assertThatThrownBy(() -> join(expired.substring(0, expired.lastIndexOf('-')) + "-wrong"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("unknown join token");
    assertThatThrownBy(() -> join("not-a-token")).isInstanceOf(InvalidSpecException.class);
    assertThat(fixture.log.proposed()).hasSize(proposedBefore);

    String rotated = token(Role.MANAGER);
    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.MANAGER, true));
    assertThatThrownBy(() -> join(rotated))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("was rotated at");
    assertThat(fixture.log.membership()).isEqualTo(before);
  }

  @Test
  void aBadNodeIdOrAddressIsRefusedNamingTheField() {
    String token = token(Role.MANAGER);
    Membership before = fixture.log.membership();

    assertThatThrownBy(
            () -> handler.join(new JoinClusterRequest("Bad Name!", "10.0.0.2:7000", token)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("node id");
    assertThatThrownBy(() -> handler.join(new JoinClusterRequest("manager-2", "10.0.0.2", token)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("bind address '10.0.0.2' is invalid");
    assertThat(fixture.log.membership()).isEqualTo(before);
  }

  @Test
  void anUninitializedClusterCannotBeJoined() {
    var empty = new Fixture();
    var uninitialized =
        new JoinClusterHandler(
            new StateQueries(empty.state, empty.log),
            empty.log,
            new JoinTokenVerifier(fixture.joinTokenSecrets, empty.clock),
            new GetClusterInfoHandler(empty.state, empty.log));

    assertThatThrownBy(
            () ->
                uninitialized.join(
                    new JoinClusterRequest("manager-2", "10.0.0.2:7000", "WRN-1-ab12cd34-x")))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("not initialized");
    assertThat(empty.log.membership().members()).hasSize(1);
  }

  private JoinClusterResult join(String token) {
    return handler.join(new JoinClusterRequest("manager-2", "10.0.0.2:7000", token));
  }
}
