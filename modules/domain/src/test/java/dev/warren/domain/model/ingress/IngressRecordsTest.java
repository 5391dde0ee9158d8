package dev.warren.domain.model.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngressRecordsTest {
  private static final IngressBackend WEB = new IngressBackend("web", 80);

  @Test
  void ruleAcceptsAnyHostWildcardsAndNames() {
    assertThat(new IngressRule("", List.of()).host()).isEmpty();
    assertThat(new IngressRule("*.example.com", List.of()).host()).isEqualTo("*.example.com");
    assertThat(new IngressRule("api.example.com", List.of()).host()).isEqualTo("api.example.com");
  }

  @Test
  void ruleRejectsAMalformedHost() {
    assertThatThrownBy(() -> new IngressRule("Api.Example.com", List.of()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress host 'Api.Example.com' is invalid");
  }

  @Test
  void pathMustStartWithSlashAndHoldNoSpaces() {
    assertThat(new IngressPath("/api/v1", PathType.PREFIX, WEB).path()).isEqualTo("/api/v1");
    assertThatThrownBy(() -> new IngressPath("api", PathType.PREFIX, WEB))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress path 'api' is invalid: it must start with '/'");
    assertThatThrownBy(() -> new IngressPath("/a b", PathType.EXACT, WEB))
        .isInstanceOf(InvalidSpecException.class);
    assertThatThrownBy(() -> new IngressPath("", PathType.EXACT, WEB))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("ingress path is required");
  }

  @Test
  void backendNeedsAServiceNameAndAPortInRange() {
    assertThatThrownBy(() -> new IngressBackend("Web", 80))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress backend service name 'Web'");
    assertThatThrownBy(() -> new IngressBackend("web", 0))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("ingress backend port must be between 1 and 65535, got 0");
    assertThatThrownBy(() -> new IngressBackend("web", 65536))
        .isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void enabledTlsNeedsACertificateNameUnlessAutomatic() {
    assertThatThrownBy(() -> new IngressTls(true, "", List.of(), false, ""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress tls secret name is required when tls is enabled");
    assertThat(new IngressTls(true, "", List.of(), true, "ops@example.com").certificateName())
        .isEmpty();
    assertThat(new IngressTls(false, "", List.of(), false, "").certificateName()).isEmpty();
    assertThat(new IngressTls(true, "www", List.of(), false, "").certificateName()).contains("www");
  }

  @Test
  void tlsRejectsAMalformedCertificateNameOrHost() {
    assertThatThrownBy(() -> new IngressTls(true, "My Cert", List.of(), false, ""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress tls secret name 'My Cert'");
    assertThatThrownBy(() -> new IngressTls(true, "www", List.of("bad host"), false, ""))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("ingress tls host 'bad host'");
  }
}
