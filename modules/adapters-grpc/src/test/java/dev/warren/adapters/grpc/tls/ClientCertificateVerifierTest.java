package dev.warren.adapters.grpc.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.Role;
import dev.warren.testkit.MutableInstantSource;
import dev.warren.testkit.TestPki;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientCertificateVerifierTest {
  private static final TestPki PKI = TestPki.create("cluster-1");

  @Test
  void aRememberedCertificateIsStillRefusedOnceItExpires() {
    Instant start = Instant.now();
    var clock = new MutableInstantSource(start);
    var verifier = new ClientCertificateVerifier(PKI.caCertificate(), PKI.clusterId(), clock);
    X509Certificate certificate =
        PKI.issue("alice", "cluster-1", "admin", start.minusSeconds(60), start.plusSeconds(3600))
            .certificate();

    var first = verifier.verify(new X509Certificate[] {certificate});
    var second = verifier.verify(new X509Certificate[] {certificate});
    clock.advance(Duration.ofHours(2));

    assertThat(first.identity().role()).isEqualTo(Role.ADMIN);
    assertThat(second).isEqualTo(first);
    assertThatThrownBy(() -> verifier.verify(new X509Certificate[] {certificate}))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("is not valid now");
  }

  @Test
  void aCertificateOfAnotherCaIsRefusedEveryTime() {
    var verifier =
        new ClientCertificateVerifier(
            PKI.caCertificate(), PKI.clusterId(), new MutableInstantSource(Instant.now()));
    X509Certificate foreign = TestPki.create("cluster-1").issue("mallory", "admin").certificate();

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> verifier.verify(new X509Certificate[] {foreign}))
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessageContaining("was not issued by this cluster's CA");
    }
  }
}
