package dev.warren.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BcCertificateAuthorityIssueIT {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.700Z");
  private static final Instant ISSUED_AT = Instant.parse("2026-03-01T10:15:30Z");
  private static final ClusterId CLUSTER = ClusterId.of("cluster-7f3a");
  private static final Duration NINETY_DAYS = Duration.ofDays(90);
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String SUBJECT_KEY_IDENTIFIER_OID = "2.5.29.14";
  private static final String AUTHORITY_KEY_IDENTIFIER_OID = "2.5.29.35";

  @TempDir Path dataDirectory;

  private BcCertificateAuthorityAdapter ca() {
    return new BcCertificateAuthorityAdapter(
        dataDirectory.resolve("pki"), InstantSource.fixed(NOW));
  }

  private BcCertificateAuthorityAdapter initializedCa() {
    BcCertificateAuthorityAdapter ca = ca();
    ca.createRoot(CLUSTER);
    return ca;
  }

  private static CertificateRequest request(String name, Role role, KeySource key) {
    return new CertificateRequest(
        new Identity(name, CLUSTER, role), List.of(), List.of(), key, NINETY_DAYS);
  }

  private static X509Certificate parse(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] pemBody(String pem, String type) {
    assertThat(pem).startsWith("-----BEGIN " + type + "-----");
    String base64 =
        pem.replace("-----BEGIN " + type + "-----", "")
            .replace("-----END " + type + "-----", "")
            .replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }

  private static String csrPem(KeyPair keys, String subject, List<GeneralName> names)
      throws Exception {
    return pem(csr(keys, subject, names).getEncoded(), "CERTIFICATE REQUEST");
  }

  private static PKCS10CertificationRequest csr(
      KeyPair keys, String subject, List<GeneralName> names) throws Exception {
    var builder = new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), keys.getPublic());
    if (!names.isEmpty()) {
      var extensions = new ExtensionsGenerator();
      extensions.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(names.toArray(GeneralName[]::new)));
      builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
    }
    String algorithm =
        switch (keys.getPrivate().getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "Ed25519" -> "Ed25519";
          default -> "SHA256withECDSA";
        };
    return builder.build(
        new JcaContentSignerBuilder(algorithm)
            .setProvider(TestCertificates.PROVIDER)
            .build(keys.getPrivate()));
  }

  private static String pem(byte[] der, String type) throws Exception {
    var text = new StringWriter();
    try (var writer = new JcaPEMWriter(text)) {
      writer.writeObject(new PemObject(type, der));
    }
    return text.toString();
  }

  private static void assertKeyMatches(PrivateKey privateKey, PublicKey publicKey, String algorithm)
      throws Exception {
    byte[] data = "proof of possession".getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(privateKey);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(publicKey);
    verifier.update(data);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void nodeCertificateIsSignedByTheRootForTheIdentityWithTlsUsages() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();
    X509Certificate root =
        parse(
            new String(
                ca.load().orElseThrow().certificatePem().toArray(), StandardCharsets.US_ASCII));
    var request =
        new CertificateRequest(
            new Identity("worker-1", CLUSTER, Role.WORKER),
            List.of("worker-1.internal", "Node.Example.COM"),
            List.of("10.0.0.7", "::1"),
            new KeySource.GenerateEcP256(),
            NINETY_DAYS);

    IssuedCertificate issued = ca.issue(request);

    X509Certificate certificate = parse(issued.certificatePem());
    certificate.verify(root.getPublicKey());
    assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253))
        .isEqualTo("CN=worker-1,OU=worker,O=cluster-7f3a");
    assertThat(certificate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
    assertThat(certificate.getNotBefore().toInstant()).isEqualTo(ISSUED_AT.minusSeconds(300));
    assertThat(certificate.getNotAfter().toInstant()).isEqualTo(ISSUED_AT.plus(NINETY_DAYS));
    assertThat(issued.notBefore()).isEqualTo(certificate.getNotBefore().toInstant());
    assertThat(issued.notAfter()).isEqualTo(certificate.getNotAfter().toInstant());
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactly(
            List.of(2, "worker-1.internal"),
            List.of(2, "node.example.com"),
            List.of(7, "10.0.0.7"),
            List.of(7, "0:0:0:0:0:0:0:1"));
    assertThat(certificate.getExtendedKeyUsage())
        .containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
    boolean[] usage = certificate.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[2]).as("keyEncipherment").isFalse();
    assertThat(usage[5]).as("keyCertSign").isFalse();
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    byte[] rootKeyId =
        Arrays.copyOfRange(root.getExtensionValue(SUBJECT_KEY_IDENTIFIER_OID), 4, 24);
    byte[] authorityKeyId =
        Arrays.copyOfRange(certificate.getExtensionValue(AUTHORITY_KEY_IDENTIFIER_OID), 6, 26);
    assertThat(authorityKeyId).isEqualTo(rootKeyId);
    assertThat(certificate.getExtensionValue(SUBJECT_KEY_IDENTIFIER_OID)).isNotNull();
    assertThat(certificate.getSerialNumber().bitLength()).isEqualTo(128);
    assertThat(issued.serialHex()).isEqualTo(certificate.getSerialNumber().toString(16));
    assertThat(parse(issued.caCertificatePem())).isEqualTo(root);

    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(
                new PKCS8EncodedKeySpec(
                    pemBody(issued.privateKeyPem().orElseThrow(), "PRIVATE KEY")));
    assertKeyMatches(key, certificate.getPublicKey(), "SHA256withECDSA");
    assertThat(issued.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void everyCertificateHasItsOwnSerialAndKey() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();

    IssuedCertificate first =
        ca.issue(request("node-1", Role.MANAGER, new KeySource.GenerateEcP256()));
    IssuedCertificate second =
        ca.issue(request("node-1", Role.MANAGER, new KeySource.GenerateEcP256()));

    assertThat(first.serialHex()).isNotEqualTo(second.serialHex());
    assertThat(parse(first.certificatePem()).getPublicKey())
        .isNotEqualTo(parse(second.certificatePem()).getPublicKey());
  }

  @Test
  void csrKeepsTheClientsKeyAndItsNamesButNotItsSubject() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();
    KeyPair clientKeys = TestCertificates.ec();
    String csr =
        csrPem(
            clientKeys,
            "CN=somebody-else,OU=manager,O=another-cluster",
            List.of(
                new GeneralName(GeneralName.dNSName, "Worker-2.Example.com"),
                new GeneralName(GeneralName.iPAddress, "192.168.1.20")));
    var request =
        new CertificateRequest(
            new Identity("worker-2", CLUSTER, Role.WORKER),
            List.of("extra.example.com"),
            List.of(),
            new KeySource.Csr(csr),
            NINETY_DAYS);

    IssuedCertificate issued = ca.issue(request);

    X509Certificate certificate = parse(issued.certificatePem());
    assertThat(issued.privateKeyPem()).isEmpty();
    assertThat(certificate.getPublicKey()).isEqualTo(clientKeys.getPublic());
    assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253))
        .isEqualTo("CN=worker-2,OU=worker,O=cluster-7f3a");
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactly(
            List.of(2, "worker-2.example.com"),
            List.of(2, "extra.example.com"),
            List.of(7, "192.168.1.20"));
    assertKeyMatches(clientKeys.getPrivate(), certificate.getPublicKey(), "SHA256withECDSA");
  }

  @Test
  void csrWithAForgedSignatureIsRefused() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();
    byte[] der = csr(TestCertificates.ec(), "CN=x", List.of()).getEncoded();
    der[der.length - 2] ^= 0x01;
    String forged = pem(der, "CERTIFICATE REQUEST");

    assertThatThrownBy(() -> ca.issue(request("worker-3", Role.WORKER, new KeySource.Csr(forged))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("the CSR's signature does not verify");
  }

  @Test
  void csrSignedByAnotherKeyThanItCertifiesIsRefused() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();
    KeyPair claimed = TestCertificates.ec();
    KeyPair signer = TestCertificates.ec();
    PKCS10CertificationRequest honest =
        new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=x"), claimed.getPublic())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(TestCertificates.PROVIDER)
                    .build(signer.getPrivate()));
    String csr = pem(honest.getEncoded(), "CERTIFICATE REQUEST");

    assertThatThrownBy(() -> ca.issue(request("worker-3", Role.WORKER, new KeySource.Csr(csr))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("the CSR's signature does not verify");
  }

  @Test
  void csrWithAKeyOtherThanP256OrStrongRsaIsRefused() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();
    String edwards = csrPem(TestCertificates.ed25519(), "CN=x", List.of());

    assertThatThrownBy(() -> ca.issue(request("worker-3", Role.WORKER, new KeySource.Csr(edwards))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("neither EC P-256 nor RSA");
  }

  @Test
  void somethingElseThanACsrIsRefused() {
    BcCertificateAuthorityAdapter ca = initializedCa();

    assertThatThrownBy(
            () -> ca.issue(request("worker-3", Role.WORKER, new KeySource.Csr("not a csr"))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("the CSR is not a PEM certificate request");
  }

  @Test
  void withoutCsrWarrenClientsGetAnRsaPkcs1KeyThatMatchesTheCertificate() throws Exception {
    BcCertificateAuthorityAdapter ca = initializedCa();

    IssuedCertificate issued =
        ca.issue(request("admin-ann", Role.ADMIN, new KeySource.GenerateRsaPkcs1()));

    X509Certificate certificate = parse(issued.certificatePem());
    assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253))
        .isEqualTo("CN=admin-ann,OU=admin,O=cluster-7f3a");
    assertThat(certificate.getKeyUsage()[2]).as("keyEncipherment").isTrue();
    byte[] pkcs1 = pemBody(issued.privateKeyPem().orElseThrow(), "RSA PRIVATE KEY");
    var rsa = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(pkcs1);
    PrivateKey key =
        KeyFactory.getInstance("RSA")
            .generatePrivate(
                new RSAPrivateCrtKeySpec(
                    rsa.getModulus(),
                    rsa.getPublicExponent(),
                    rsa.getPrivateExponent(),
                    rsa.getPrime1(),
                    rsa.getPrime2(),
                    rsa.getExponent1(),
                    rsa.getExponent2(),
                    rsa.getCoefficient()));
    assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus())
        .isEqualTo(rsa.getModulus());
    assertThat(rsa.getModulus().bitLength()).isEqualTo(2048);
    assertKeyMatches(key, certificate.getPublicKey(), "SHA256withRSA");
  }

  @Test
  void malformedAddressesAndWildcardsAreRefused() {
    BcCertificateAuthorityAdapter ca = initializedCa();
    var identity = new Identity("worker-1", CLUSTER, Role.WORKER);

    assertThatThrownBy(
            () ->
                ca.issue(
                    new CertificateRequest(
                        identity,
                        List.of(),
                        List.of("10.0.0.300"),
                        new KeySource.GenerateEcP256(),
                        NINETY_DAYS)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("10.0.0.300");
    assertThatThrownBy(
            () ->
                ca.issue(
                    new CertificateRequest(
                        identity,
                        List.of("*.example.com"),
                        List.of(),
                        new KeySource.GenerateEcP256(),
                        NINETY_DAYS)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("wildcard");
  }

  @Test
  void aDataDirectoryWithoutCaCannotIssue() {
    assertThatThrownBy(
            () -> ca().issue(request("worker-1", Role.WORKER, new KeySource.GenerateEcP256())))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("holds no cluster CA key");
  }

  @Test
  void aRestartedManagerIssuesWithTheStoredRoot() throws Exception {
    initializedCa();
    BcCertificateAuthorityAdapter restarted = ca();
    X509Certificate root =
        parse(
            new String(
                restarted.load().orElseThrow().certificatePem().toArray(),
                StandardCharsets.US_ASCII));

    IssuedCertificate issued =
        restarted.issue(request("node-9", Role.MANAGER, new KeySource.GenerateEcP256()));

    parse(issued.certificatePem()).verify(root.getPublicKey());
    assertThat(Optional.of(issued.caCertificatePem()).map(pem -> pem.contains("CERTIFICATE")))
        .contains(true);
  }
}
