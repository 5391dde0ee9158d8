package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPkiTest {
  private final TestPki pki = TestPki.create("cluster-1");

  @Test
  void theCaIsSelfSignedAndMayOnlySignCertificates() throws GeneralSecurityException {
    X509Certificate ca = pki.caCertificate();

    ca.verify(ca.getPublicKey());
    assertThat(ca.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(ca.getKeyUsage())
        .containsExactly(false, false, false, false, false, true, true, false, false);
    assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal());
    assertThat(ca.getSubjectX500Principal().getName())
        .isEqualTo("O=cluster-1,CN=Warren test CA cluster-1");
  }

  @Test
  void aLeafNamesItsHolderRoleAndClusterAndIsForServerAndClientOnLoopback()
      throws GeneralSecurityException {
    TestPki.Issued issued = pki.issue("manager-1", "manager");
    X509Certificate leaf = issued.certificate();

    leaf.verify(pki.caCertificate().getPublicKey());
    leaf.checkValidity();
    assertThat(leaf.getSubjectX500Principal().getName())
        .isEqualTo("O=cluster-1,OU=manager,CN=manager-1");
    assertThat(leaf.getIssuerX500Principal())
        .isEqualTo(pki.caCertificate().getSubjectX500Principal());
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(leaf.getExtendedKeyUsage())
        .containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
    assertThat(leaf.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
    assertThat(leaf.getSerialNumber())
        .isNotEqualTo(pki.issue("other", "manager").certificate().getSerialNumber());
  }

  @Test
  void pemTextRoundTripsThroughTheJdkParsers() throws Exception {
    TestPki.Issued issued = pki.issue("alice", "admin");

    List<Certificate> parsed =
        new ArrayList<>(
            CertificateFactory.getInstance("X.509")
                .generateCertificates(
                    new ByteArrayInputStream(
                        pki.chainPem(issued).getBytes(StandardCharsets.US_ASCII))));
    String base64 =
        issued
            .privateKeyPem()
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    var key =
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(new byte[] {1, 2, 3});
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(issued.certificate());
    verifier.update(new byte[] {1, 2, 3});

    assertThat(parsed).containsExactly(issued.certificate(), pki.caCertificate());
    assertThat(verifier.verify(signer.sign())).as("the key belongs to the certificate").isTrue();
    assertThat(pki.caDigest())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(pki.caCertificate().getEncoded())));
  }

  @Test
  void anyValidityAndSubjectCanBeIssuedForTestsOfRefusals() {
    Instant now = Instant.now();
    X509Certificate expired =
        pki.issue("alice", "cluster-2", "root", now.minusSeconds(7200), now.minusSeconds(3600))
            .certificate();

    assertThat(expired.getSubjectX500Principal().getName())
        .isEqualTo("O=cluster-2,OU=root,CN=alice");
    assertThatThrownBy(() -> expired.checkValidity(Date.from(now)))
        .isInstanceOf(CertificateExpiredException.class);
  }
}
