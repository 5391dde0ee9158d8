package dev.warren.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinTokenVerifierTest {
  private static final String DIGEST = "ab".repeat(32);

  private final Fixture fixture = new Fixture();
  private final JoinTokenVerifier verifier =
      new JoinTokenVerifier(fixture.joinTokenSecrets, fixture.clock);

  @TempDir Path snapshots;

  JoinTokenVerifierTest() {
    fixture.initializeCluster(ClusterId.of("c1"), DIGEST);
  }

  private String issue(Role role) {
    return fixture.joinToken(role);
  }

  private String rotate(Role role) {
    return fixture.joinTokens.generate(new GenerateJoinTokenRequest(role, true)).token();
  }

  private JoinToken verify(ClusterStatePort state, String token) {
    return state.read(reader -> verifier.verify(reader, token));
  }

  private JoinToken verify(String token) {
    return verify(fixture.state, token);
  }

  @Test
  void aFreshTokenRedeemsToItsStoredRole() {
    String token = issue(Role.WORKER);

    assertThat(verify(token).role()).isEqualTo(Role.WORKER);
  }

  @Test
  void adminTokensExist() {
    assertThat(verify(issue(Role.ADMIN)).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void somethingElseThanATokenIsInvalidAndNotEchoed() {
    for (String malformed :
        new String[] {
          "", "hunter2-secret", "WRN-1-", "WRN-1-secretonly", "WRN-1-" + DIGEST + "-"
        }) {
      assertThatThrownBy(() -> verify(malformed))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessage("not a Warren join token: expected WRN-1-<ca-digest>-<secret>");
    }
  }

  @Test
  void aTokenOfAnotherClusterNamesBothDigests() {
    issue(Role.WORKER);
    String other = "cd".repeat(32);

    assertThatThrownBy(() -> verify("WRN-1-" + other + "-secret1"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "the join token is for another cluster: its CA digest "
                + other
                + " does not match this cluster's "
                + DIGEST)
        .message()
        .doesNotContain("secret1");
  }

  @Test
  void anUnknownSecretIsRefused() {
    issue(Role.WORKER);

    assertThatThrownBy(() -> verify("WRN-1-" + DIGEST + "-guessed"))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("unknown join token")
        .message()
        .doesNotContain("guessed");
  }

  @Test
  void anExpiredTokenSaysWhenItExpired() {
    String token = issue(Role.WORKER);
    fixture.clock.advance(Duration.ofHours(24));

    assertThatThrownBy(() -> verify(token))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "the worker join token expired at "
                + Fixture.T0.plus(Duration.ofHours(24))
                + "; ask an administrator for a new one");
  }

  @Test
  void aTokenIsValidUntilJustBeforeItsExpiry() {
    String token = issue(Role.WORKER);
    fixture.clock.advance(Duration.ofHours(24).minusMillis(1));

    assertThat(verify(token).role()).isEqualTo(Role.WORKER);
  }

  @Test
  void rotationRefusesEveryEarlierTokenOfTheRoleOnlyAndSaysSo() {
    String oldWorker = issue(Role.WORKER);
    String olderWorker = issue(Role.WORKER);
    String manager = issue(Role.MANAGER);
    fixture.clock.advance(Duration.ofMinutes(10));

    String newWorker = rotate(Role.WORKER);

    for (String old : new String[] {oldWorker, olderWorker}) {
      assertThatThrownBy(() -> verify(old))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage(
              "the worker join token was rotated at "
                  + Fixture.T0.plus(Duration.ofMinutes(10))
                  + "; ask an administrator for the current token");
    }
    assertThat(verify(newWorker).role()).isEqualTo(Role.WORKER);
    assertThat(verify(manager).role()).isEqualTo(Role.MANAGER);
  }

  @Test
  void rotationWithoutAnyClockTickStillRevokesTheEarlierToken() {
    String old = issue(Role.MANAGER);

    String current = rotate(Role.MANAGER);

    assertThatThrownBy(() -> verify(old)).hasMessageContaining("was rotated at");
    assertThat(verify(current).role()).isEqualTo(Role.MANAGER);
  }

  @Test
  void anOperationNeedingAnotherRoleIsRefusedNamingBoth() {
    String worker = issue(Role.WORKER);

    assertThatThrownBy(
            () ->
                fixture.state.read(
                    reader ->
                        verifier.verify(reader, worker, Role.MANAGER, "joining as a manager")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("the join token is a worker token; joining as a manager needs a manager token");
  }

  @Test
  void tokensAndRotationsSurviveARestart() {
    String worker = issue(Role.WORKER);
    String old = issue(Role.MANAGER);
    String manager = rotate(Role.MANAGER);
    Path snapshot = snapshots.resolve("state.snapshot");
    fixture.state.writeSnapshot(snapshot);

    var restarted = new InMemoryClusterStateAdapter();
    restarted.restoreSnapshot(snapshot);

    assertThat(verify(restarted, worker).role()).isEqualTo(Role.WORKER);
    assertThat(verify(restarted, manager).role()).isEqualTo(Role.MANAGER);
    assertThatThrownBy(() -> verify(restarted, old)).hasMessageContaining("was rotated at");
  }

  @Test
  void anUninitializedClusterRedeemsNothing() {
    var empty = new InMemoryClusterStateAdapter();

    assertThatThrownBy(() -> verify(empty, "WRN-1-" + DIGEST + "-secret1"))
        .isInstanceOf(FailedPreconditionException.class);
  }
}
