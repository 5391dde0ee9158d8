package dev.warren.domain.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Bytes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateAndTokenRequestsTest {
  private static final Bytes PEM = Bytes.of(new byte[] {'-'});

  @Test
  void joinTokenRoleIsWorkerManagerOrAdmin() {
    assertThat(GenerateJoinTokenRequest.forRole("worker").role()).isEqualTo(Role.WORKER);
    assertThat(GenerateJoinTokenRequest.forRole("manager").role()).isEqualTo(Role.MANAGER);
    assertThat(GenerateJoinTokenRequest.forRole("admin", true))
        .isEqualTo(new GenerateJoinTokenRequest(Role.ADMIN, true));
    assertThat(GenerateJoinTokenRequest.forRole("worker").rotate()).isFalse();
    assertThatThrownBy(() -> GenerateJoinTokenRequest.forRole("hybrid"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("join token role 'hybrid' is not one of: manager, worker, admin");
    assertThatThrownBy(() -> GenerateJoinTokenRequest.forRole(""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("join token role is required: worker, manager or admin");
  }

  @Test
  void certificateRequestNeverShowsTheTokenInItsStringForm() {
    var request =
        new RequestCertificateRequest("worker-1", "WRN-1-abc-s3cr3t", java.util.Optional.empty());

    assertThat(request.toString()).doesNotContain("s3cr3t").contains("worker-1");
  }

  @Test
  void issuedTokenNeverShowsInItsStringForm() {
    var result =
        new GenerateJoinTokenResult(
            "WRN-1-abc-s3cr3t", Role.WORKER, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(result.toString()).doesNotContain("s3cr3t").contains("worker");
  }

  @Test
  void certificateRequestNeedsBothPemsWithinTheSizeLimit() {
    assertThatThrownBy(
            () -> new CreateTlsCertificateRequest("www", List.of(), Bytes.empty(), PEM, Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate pem is required");
    assertThatThrownBy(
            () -> new CreateTlsCertificateRequest("www", List.of(), PEM, Bytes.empty(), Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate key pem is required");
    Bytes huge = Bytes.of(new byte[CreateTlsCertificateRequest.MAX_PEM_BYTES + 1]);
    assertThatThrownBy(() -> new CreateTlsCertificateRequest("www", List.of(), huge, PEM, Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("at most 65536");
  }

  @Test
  void certificateRequestChecksHostSyntax() {
    assertThatThrownBy(
            () -> new CreateTlsCertificateRequest("www", List.of("WWW"), PEM, PEM, Map.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("certificate host 'WWW'");
  }

  @Test
  void refsTakeTheIdWhenSetElseTheName() {
    assertThat(IngressRef.of("id-1", "web")).isEqualTo(new IngressRef.ById(IngressId.of("id-1")));
    assertThat(IngressRef.of("", "web")).isEqualTo(new IngressRef.ByName("web"));
    assertThat(CertificateRef.of("c-1", ""))
        .isEqualTo(new CertificateRef.ById(CertificateId.of("c-1")));
    assertThat(CertificateRef.of("", "www")).isEqualTo(new CertificateRef.ByName("www"));
    assertThatThrownBy(() -> IngressRef.of("", ""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("ingress id or name is required");
    assertThatThrownBy(() -> CertificateRef.of("", ""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate id or name is required");
  }
}
