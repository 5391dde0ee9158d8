package dev.warren.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.IdentityChange.CertificateIssued;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import dev.warren.testkit.InMemoryCertificateAuthorityAdapter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestCertificateHandlerTest {
  private static final ClusterId CLUSTER = ClusterId.of("c1");

  private final Fixture fixture = new Fixture();
  private final InMemoryCertificateAuthorityAdapter authority =
      new InMemoryCertificateAuthorityAdapter(fixture.clock);
  private final RequestCertificateHandler handler =
      new RequestCertificateHandler(
          new StateQueries(fixture.state, fixture.log),
          fixture.log,
          authority,
          new JoinTokenVerifier(fixture.joinTokenSecrets, fixture.clock),
          fixture.clock);

  RequestCertificateHandlerTest() {
    CaCertificate root = authority.createRoot(CLUSTER);
    fixture.initializeCluster(CLUSTER, root.sha256Digest());
  }

  private String token(Role role) {
    return fixture.joinToken(role);
  }

  @Test
  void aCsrIsCertifiedForTheTokensRoleForNinetyDaysAndRecorded() {
    String token = token(Role.WORKER);

    IssuedCertificate issued =
        handler.request(
            new RequestCertificateRequest("worker-1", token, Optional.of("-----BEGIN CSR")));

    assertThat(authority.issuedRequests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.subject())
                  .isEqualTo(new Identity("worker-1", CLUSTER, Role.WORKER));
              assertThat(request.key()).isEqualTo(new KeySource.Csr("-----BEGIN CSR"));
              assertThat(request.validity()).isEqualTo(Duration.ofDays(90));
            });
    assertThat(issued.privateKeyPem()).isEmpty();
    assertThat(fixture.log.proposed())
        .last()
        .isEqualTo(
            new CertificateIssued(
                NodeId.of("worker-1"),
                Role.WORKER,
                issued.serialHex(),
                Fixture.T0,
                issued.notAfter()));
    assertThat(fixture.log.proposed().toString()).doesNotContain("secret1");
    Event event = fixture.state.read(reader -> reader.last(EntityKind.EVENT)).orElseThrow();
    assertThat(event.type()).isEqualTo("identity.certificate-issued");
    assertThat(event.message()).contains("worker-1");
  }

  @Test
  void withoutCsrTheManagerMakesAnRsaKeyAsWarrenDoes() {
    String token = token(Role.ADMIN);

    IssuedCertificate issued =
        handler.request(new RequestCertificateRequest("ann", token, Optional.empty()));

    assertThat(issued.privateKeyPem()).isPresent();
    assertThat(authority.issuedRequests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.key()).isEqualTo(new KeySource.GenerateRsaPkcs1());
              assertThat(request.subject().role()).isEqualTo(Role.ADMIN);
            });
  }

  @Test
  void aManagerTokenGivesAManagerCertificate() {
    handler.request(new RequestCertificateRequest("mgr-2", token(Role.MANAGER), Optional.empty()));

    assertThat(authority.issuedRequests().getFirst().subject().role()).isEqualTo(Role.MANAGER);
  }

  @Test
  void refusalsIssueAndRecordNothing() {
    String token = token(Role.WORKER);
    int proposedBefore = fixture.log.proposed().size();

    assertThatThrownBy(
            () ->
                handler.request(
                    new RequestCertificateRequest("Bad Name!", token, Optional.empty())))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("node id");
    assertThatThrownBy(
            () ->
                handler.request(
                    new RequestCertificateRequest("worker-1", "not-a-token", Optional.empty())))
        .isInstanceOf(InvalidSpecException.class);
    assertThatThrownBy(
            () ->
                handler.request(
                    new RequestCertificateRequest(
                        "worker-1",
                        token.substring(0, token.lastIndexOf('-')) + "-wrong",
                        Optional.empty())))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("unknown join token");
    fixture.clock.advance(Duration.ofDays(1));
    assertThatThrownBy(
            () ->
                handler.request(new RequestCertificateRequest("worker-1", token, Optional.empty())))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("expired at");

    assertThat(authority.issuedRequests()).isEmpty();
    assertThat(fixture.log.proposed()).hasSize(proposedBefore);
  }

  @Test
  void aRotatedTokenIsRefused() {
    String old = token(Role.WORKER);
    fixture.joinTokens.generate(new GenerateJoinTokenRequest(Role.WORKER, true));

    assertThatThrownBy(
            () -> handler.request(new RequestCertificateRequest("worker-1", old, Optional.empty())))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("was rotated at");
    assertThat(authority.issuedRequests()).isEmpty();
  }
}
