package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link CertificateAuthorityPort} must have, as far as it shows without
 * reading X.509 (the adapter's own tests read the certificates): one root per data directory, no
 * issuing without it, and leaves valid from five minutes before now for the validity asked, each
 * with its own serial, carrying the CA to trust and the generated key when the CA made one. An
 * implementation's test extends this class and says how to open an authority on a directory, and
 * whether the CA it creates stays there for the next one.
 */
public abstract class CertificateAuthorityPortContract {
  /** The clock every authority under test reads: a whole second, as X.509 times are. */
  protected static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  private static final ClusterId CLUSTER = ClusterId.of("cluster-7f3a");
  private static final Duration NINETY_DAYS = Duration.ofDays(90);

  private Path directory;
  private CertificateAuthorityPort authority;

  protected CertificateAuthorityPortContract() {}

  /** An authority keeping its CA in {@code directory} (may not exist yet), on {@code clock}. */
  protected abstract CertificateAuthorityPort newAuthority(Path directory, InstantSource clock);

  /** Whether a CA created in a directory outlives its authority there. False by default. */
  protected boolean keepsItsCa() {
    return false;
  }

  @BeforeEach
  public void openAuthority(@TempDir Path dir) {
    directory = dir.resolve("pki");
    authority = newAuthority(directory, InstantSource.fixed(NOW));
  }

  @Test
  public void withoutARootNothingIsLoadedOrIssued() {
    assertThat(authority.load()).isEmpty();
    assertThatThrownBy(() -> authority.issue(request("worker-1", new KeySource.GenerateEcP256())))
        .isInstanceOf(FailedPreconditionException.class);
  }

  @Test
  public void theRootIsCreatedOnceForItsClusterAndLoadedAsCreated() {
    CaCertificate root = authority.createRoot(CLUSTER);

    assertThat(root.clusterId()).isEqualTo(CLUSTER);
    assertThat(root.sha256Digest()).isNotBlank();
    assertThat(root.notAfter()).isAfter(NOW.plus(NINETY_DAYS));
    assertThat(authority.load()).contains(root);
    assertThatThrownBy(() -> authority.createRoot(ClusterId.of("cluster-other")))
        .isInstanceOf(FailedPreconditionException.class);
    assertThat(authority.load()).contains(root);
  }

  @Test
  public void aLeafIsValidFromFiveMinutesBeforeNowForTheValidityAskedAndCarriesTheCa() {
    CaCertificate root = authority.createRoot(CLUSTER);

    IssuedCertificate issued = authority.issue(request("node-1", new KeySource.GenerateEcP256()));

    assertThat(issued.notBefore()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    assertThat(issued.notAfter()).isEqualTo(NOW.plus(NINETY_DAYS));
    assertThat(issued.caCertificatePem()).isEqualTo(pem(root));
    assertThat(issued.certificatePem()).isNotEqualTo(issued.caCertificatePem());
  }

  @Test
  public void aKeyTheAuthorityGeneratesIsReturnedWithItsCertificate() {
    authority.createRoot(CLUSTER);

    IssuedCertificate ec = authority.issue(request("node-1", new KeySource.GenerateEcP256()));
    IssuedCertificate rsa = authority.issue(request("alice", new KeySource.GenerateRsaPkcs1()));

    assertThat(ec.privateKeyPem()).isPresent();
    assertThat(rsa.privateKeyPem()).isPresent();
    assertThat(ec.toString()).doesNotContain(ec.privateKeyPem().orElseThrow());
  }

  @Test
  public void everyLeafHasItsOwnSerial() {
    authority.createRoot(CLUSTER);

    IssuedCertificate first = authority.issue(request("node-1", new KeySource.GenerateEcP256()));
    IssuedCertificate second = authority.issue(request("node-1", new KeySource.GenerateEcP256()));

    assertThat(first.serialHex()).isNotEqualTo(second.serialHex());
    assertThat(first.certificatePem()).isNotEqualTo(second.certificatePem());
  }

  @Test
  public void aReopenedAuthorityLoadsItsRootAndIssuesUnderIt() {
    assumeTrue(keepsItsCa(), "the authority under test keeps no CA");
    CaCertificate root = authority.createRoot(CLUSTER);

    CertificateAuthorityPort reopened = newAuthority(directory, InstantSource.fixed(NOW));

    assertThat(reopened.load()).contains(root);
    assertThat(reopened.issue(request("node-9", new KeySource.GenerateEcP256())))
        .extracting(IssuedCertificate::caCertificatePem)
        .isEqualTo(pem(root));
    assertThatThrownBy(() -> reopened.createRoot(CLUSTER))
        .isInstanceOf(FailedPreconditionException.class);
  }

  private static String pem(CaCertificate root) {
    return new String(root.certificatePem().toArray(), StandardCharsets.US_ASCII);
  }

  private static CertificateRequest request(String name, KeySource key) {
    return new CertificateRequest(
        new Identity(name, CLUSTER, Role.MANAGER), List.of(), List.of(), key, NINETY_DAYS);
  }
}
