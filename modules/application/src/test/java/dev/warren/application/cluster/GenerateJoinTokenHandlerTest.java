package dev.warren.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.domain.change.JoinTokenChange.JoinTokenIssued;
import dev.warren.domain.change.JoinTokenChange.JoinTokensRotated;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateJoinTokenHandlerTest {
  private static final String DIGEST = "ab".repeat(32);

  private final Fixture fixture = new Fixture();

  private void initialize() {
    fixture.initializeCluster(ClusterId.of("c1"), DIGEST);
  }

  private List<JoinToken> storedTokens() {
    return fixture.state.read(reader -> reader.list(EntityKind.JOIN_TOKEN));
  }

  @Test
  void tokenPinsTheCaDigestAndOnlyTheSecretsHashIsStored() {
    initialize();

    var issued = fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER));

    assertThat(issued.token()).isEqualTo("WRN-1-" + DIGEST + "-secret1");
    assertThat(issued.role()).isEqualTo(Role.WORKER);
    assertThat(issued.expiresAt()).isEqualTo(Fixture.T0.plus(Duration.ofHours(24)));
    assertThat(storedTokens())
        .singleElement()
        .satisfies(
            token -> {
              assertThat(token.role()).isEqualTo(Role.WORKER);
              assertThat(token.secretHash()).isEqualTo(fixture.joinTokenSecrets.hash("secret1"));
              assertThat(token.createdAt()).isEqualTo(Fixture.T0);
              assertThat(token.expiresAt()).isEqualTo(issued.expiresAt());
            });
    assertThat(fixture.log.proposed()).last().isInstanceOf(JoinTokenIssued.class);
    assertThat(fixture.log.proposed().toString()).doesNotContain("secret1");
  }

  @Test
  void eachTokenHasItsOwnSecretAndRole() {
    initialize();

    var worker = fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER));
    var manager = fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.MANAGER));

    assertThat(worker.token()).isNotEqualTo(manager.token());
    assertThat(storedTokens())
        .extracting(JoinToken::role)
        .containsExactlyInAnyOrder(Role.WORKER, Role.MANAGER);
  }

  @Test
  void issuingDropsTokensThatHaveExpired() {
    initialize();
    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER));
    fixture.clock.advance(Duration.ofHours(24));

    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.MANAGER));

    assertThat(storedTokens()).extracting(JoinToken::role).containsExactly(Role.MANAGER);
  }

  @Test
  void rotationRevokesTheRolesTokensAndIssuesTheNewOneInOneChange() {
    initialize();
    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER));
    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.MANAGER));
    int before = fixture.log.proposed().size();

    var rotated = fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER, true));

    assertThat(rotated.token()).endsWith("-secret3");
    assertThat(fixture.log.proposed())
        .hasSize(before + 1)
        .last()
        .isInstanceOf(JoinTokensRotated.class);
    assertThat(storedTokens())
        .extracting(JoinToken::role)
        .containsExactlyInAnyOrder(Role.WORKER, Role.MANAGER);
    List<RevokedJoinToken> revoked =
        fixture.state.read(reader -> reader.list(EntityKind.REVOKED_JOIN_TOKEN));
    assertThat(revoked)
        .singleElement()
        .satisfies(
            token ->
                assertThat(token.token().secretHash())
                    .isEqualTo(fixture.joinTokenSecrets.hash("secret1")));
  }

  @Test
  void uninitializedClusterIsAFailedPrecondition() {
    assertThatThrownBy(() -> fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER)))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("not initialized");
    assertThat(fixture.log.proposed()).isEmpty();
  }
}
