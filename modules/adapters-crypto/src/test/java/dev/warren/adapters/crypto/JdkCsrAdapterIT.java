package dev.warren.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkCsrAdapterIT {
  private final JdkCsrAdapter adapter = new JdkCsrAdapter();

  @TempDir Path pki;

  private static byte[] der(String pem) {
    String body = pem.lines().filter(line -> !line.startsWith("-----")).reduce("", String::concat);
    return Base64.getDecoder().decode(body);
  }

  /** Checked by Bouncy Castle, an implementation independent of the one that wrote it. */
  private static boolean signedByItsOwnKey(PKCS10CertificationRequest csr) throws Exception {
    return csr.isSignatureValid(
        new JcaContentVerifierProviderBuilder()
            .setProvider(new BouncyCastleProvider())
            .build(csr.getSubjectPublicKeyInfo()));
  }

  private static String commonNameOf(PKCS10CertificationRequest csr) {
    return IETFUtils.valueToString(csr.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue());
  }

  @Test
  void theCsrIsSignedByItsOwnKeyAndNamesTheCommonName() throws Exception {
    GeneratedCsr generated = adapter.newKeyAndCsr("admin-alice");

    assertThat(generated.csrPem()).startsWith("-----BEGIN CERTIFICATE REQUEST-----\n");
    var csr = new PKCS10CertificationRequest(der(generated.csrPem()));
    assertThat(signedByItsOwnKey(csr)).isTrue();
    assertThat(commonNameOf(csr)).isEqualTo("admin-alice");
  }

  @Test
  void theKeyIsPkcs8ThatTheJdkReadsAndItMatchesTheCsr() throws Exception {
    GeneratedCsr generated = adapter.newKeyAndCsr("admin-bob");

    assertThat(generated.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(der(generated.privateKeyPem())));
    byte[] message = "proof".getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(message);
    byte[] signature = signer.sign();

    var csr = new PKCS10CertificationRequest(der(generated.csrPem()));
    var publicKey =
        KeyFactory.getInstance("EC")
            .generatePublic(
                new java.security.spec.X509EncodedKeySpec(
                    csr.getSubjectPublicKeyInfo().getEncoded()));
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(publicKey);
    verifier.update(message);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void theClusterCaCertifiesTheGeneratedKey() throws Exception {
    var ca = new BcCertificateAuthorityAdapter(pki, InstantSource.system());
    ClusterId cluster = ClusterId.random();
    ca.createRoot(cluster);
    GeneratedCsr generated = adapter.newKeyAndCsr("admin-carol");

    IssuedCertificate issued =
        ca.issue(
            new CertificateRequest(
                new Identity("admin-carol", cluster, Role.ADMIN),
                List.of(),
                List.of(),
                new KeySource.Csr(generated.csrPem()),
                Duration.ofDays(90)));

    var certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(
                        issued.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    var csr = new PKCS10CertificationRequest(der(generated.csrPem()));
    assertThat(certificate.getPublicKey().getEncoded())
        .isEqualTo(csr.getSubjectPublicKeyInfo().getEncoded());
    assertThat(issued.privateKeyPem()).isEmpty();
  }

  @Test
  void eachCallMakesANewKey() {
    assertThat(adapter.newKeyAndCsr("a").privateKeyPem())
        .isNotEqualTo(adapter.newKeyAndCsr("a").privateKeyPem());
  }

  @Test
  void aLongNonAsciiNameNeedsLongFormLengthsAndSurvivesTheRoundTrip() throws Exception {
    String name = "nœud-" + "x".repeat(300);
    GeneratedCsr generated = adapter.newKeyAndCsr(name);

    var csr = new PKCS10CertificationRequest(der(generated.csrPem()));
    assertThat(signedByItsOwnKey(csr)).isTrue();
    assertThat(commonNameOf(csr)).isEqualTo(name);
    assertThat(csr.getAttributes()).isEmpty();
  }

  @Test
  void derLengthsUseTheShortFormBelow128AndTheFewestOctetsAbove() {
    assertThat(JdkCsrAdapter.der(0x04, new byte[127])).startsWith(0x04, 127);
    assertThat(JdkCsrAdapter.der(0x04, new byte[128])).startsWith(0x04, 0x81, 0x80);
    assertThat(JdkCsrAdapter.der(0x04, new byte[256])).startsWith(0x04, 0x82, 0x01, 0x00);
    assertThat(JdkCsrAdapter.der(0x30)).containsExactly(0x30, 0x00);
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> adapter.newKeyAndCsr(" ")).isInstanceOf(InvalidSpecException.class);
  }
}
