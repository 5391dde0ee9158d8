package dev.warren.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.port.out.CaCertificate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BcCertificateAuthorityAdapterIT {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.700Z");
  private static final ClusterId CLUSTER = ClusterId.of("cluster-7f3a");
  private static final String BASIC_CONSTRAINTS_OID = "2.5.29.19";
  private static final String KEY_USAGE_OID = "2.5.29.15";
  private static final String SUBJECT_KEY_IDENTIFIER_OID = "2.5.29.14";

  @TempDir Path dataDirectory;

  private Path pki() {
    return dataDirectory.resolve("pki");
  }

  private BcCertificateAuthorityAdapter adapter() {
    return new BcCertificateAuthorityAdapter(pki(), InstantSource.fixed(NOW));
  }

  private static X509Certificate parse(byte[] pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
  }

  private X509Certificate createAndParse() throws Exception {
    return parse(adapter().createRoot(CLUSTER).certificatePem().toArray());
  }

  @Test
  void createRootWritesTheKeyOwnerOnlyInAnOwnerOnlyDirectory() throws Exception {
    adapter().createRoot(CLUSTER);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki())))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(pki().resolve("ca.key"))))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(pki().resolve("ca.crt"))))
        .isEqualTo("rw-r--r--");
    try (var files = Files.list(pki())) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("ca.crt", "ca.key");
    }
  }

  @Test
  void createRootCreatesMissingParentDirectories() {
    Path nested = dataDirectory.resolve("a/b/pki");

    new BcCertificateAuthorityAdapter(nested, InstantSource.fixed(NOW)).createRoot(CLUSTER);

    assertThat(nested.resolve("ca.crt")).isRegularFile();
    assertThat(nested.resolve("ca.key")).isRegularFile();
  }

  @Test
  void certificateFileHoldsTheReturnedPem() throws Exception {
    CaCertificate created = adapter().createRoot(CLUSTER);

    assertThat(Files.readAllBytes(pki().resolve("ca.crt")))
        .isEqualTo(created.certificatePem().toArray());
    assertThat(new String(created.certificatePem().toArray(), StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void rootIsSelfSignedAndVerifiesWithItsOwnPublicKey() throws Exception {
    X509Certificate root = createAndParse();

    assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
    root.verify(root.getPublicKey());
    assertThat(root.getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertThat(root.getVersion()).isEqualTo(3);
  }

  @Test
  void rootSubjectNamesWarrenCaAndTheCluster() throws Exception {
    X509Certificate root = createAndParse();

    assertThat(root.getSubjectX500Principal())
        .isEqualTo(new X500Principal("CN=warren-ca, O=cluster-7f3a"));
    assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=warren-ca,O=cluster-7f3a");
  }

  @Test
  void rootCarriesCriticalCaConstraintsKeyUsageAndAKeyIdentifier() throws Exception {
    X509Certificate root = createAndParse();

    assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(root.getCriticalExtensionOIDs())
        .containsExactlyInAnyOrder(BASIC_CONSTRAINTS_OID, KEY_USAGE_OID);
    assertThat(root.getNonCriticalExtensionOIDs()).containsExactly(SUBJECT_KEY_IDENTIFIER_OID);
    boolean[] keyUsage = root.getKeyUsage();
    // digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement,
    // keyCertSign, cRLSign, encipherOnly, decipherOnly
    assertThat(keyUsage)
        .containsExactly(false, false, false, false, false, true, true, false, false);
  }

  @Test
  void rootKeyIsEcdsaOnP256() throws Exception {
    X509Certificate root = createAndParse();

    assertThat(root.getPublicKey()).isInstanceOf(ECPublicKey.class);
    ECParameterSpec params = ((ECPublicKey) root.getPublicKey()).getParams();
    AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
    p256.init(new ECGenParameterSpec("secp256r1"));
    ECParameterSpec expected = p256.getParameterSpec(ECParameterSpec.class);
    assertThat(params.getCurve()).isEqualTo(expected.getCurve());
    assertThat(params.getOrder()).isEqualTo(expected.getOrder());
    assertThat(params.getGenerator()).isEqualTo(expected.getGenerator());
  }

  @Test
  void rootIsValidFromAMinuteBeforeNowForTenYears() throws Exception {
    CaCertificate created = adapter().createRoot(CLUSTER);
    X509Certificate root = parse(created.certificatePem().toArray());

    assertThat(root.getNotBefore().toInstant()).isEqualTo(Instant.parse("2026-03-01T10:14:30Z"));
    assertThat(root.getNotAfter().toInstant()).isEqualTo(Instant.parse("2036-03-01T10:15:30Z"));
    assertThat(created.notAfter()).isEqualTo(Instant.parse("2036-03-01T10:15:30Z"));
  }

  @Test
  void rootSerialIsAPositive128BitNumber() throws Exception {
    X509Certificate root = createAndParse();

    assertThat(root.getSerialNumber().signum()).isEqualTo(1);
    assertThat(root.getSerialNumber().bitLength()).isEqualTo(128);
  }

  @Test
  void digestIsTheSha256OfTheDerCertificate() throws Exception {
    CaCertificate created = adapter().createRoot(CLUSTER);
    byte[] der = parse(created.certificatePem().toArray()).getEncoded();

    assertThat(created.sha256Digest())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
  }

  @Test
  void keyFileHoldsThePkcs8PrivateKeyOfTheRoot() throws Exception {
    X509Certificate root = createAndParse();
    String pem = Files.readString(pki().resolve("ca.key"), StandardCharsets.US_ASCII);

    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
    PrivateKey key =
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    byte[] message = "proof of possession".getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key);
    signer.update(message);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(root.getPublicKey());
    verifier.update(message);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void secondCreateRootIsRefusedAndLeavesTheFirstCaInPlace() throws Exception {
    CaCertificate first = adapter().createRoot(CLUSTER);
    byte[] key = Files.readAllBytes(pki().resolve("ca.key"));

    assertThatThrownBy(() -> adapter().createRoot(ClusterId.of("another")))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("a cluster CA already exists in " + pki());
    assertThat(adapter().load()).contains(first);
    assertThat(Files.readAllBytes(pki().resolve("ca.key"))).isEqualTo(key);
  }

  @Test
  void createRootIsRefusedWhenOnlyAKeyFileExists() throws Exception {
    Files.createDirectories(pki());
    Files.writeString(pki().resolve("ca.key"), "an earlier key");

    assertThatThrownBy(() -> adapter().createRoot(CLUSTER))
        .isInstanceOf(FailedPreconditionException.class);
    assertThat(Files.readString(pki().resolve("ca.key"))).isEqualTo("an earlier key");
  }

  @Test
  void loadWithoutACaIsEmpty() throws Exception {
    assertThat(adapter().load()).isEmpty();
    Files.createDirectories(pki());
    assertThat(adapter().load()).isEmpty();
  }

  @Test
  void loadRefusesACorruptCertificateFileNamingIt() throws Exception {
    Files.createDirectories(pki());
    Files.writeString(pki().resolve("ca.crt"), "not a certificate at all");

    assertThatThrownBy(() -> adapter().load())
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining(pki().resolve("ca.crt").toString());
  }

  @Test
  void loadRefusesAPemBlockThatIsNotACertificate() throws Exception {
    Files.createDirectories(pki());
    Files.writeString(
        pki().resolve("ca.crt"),
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})
            + "\n-----END CERTIFICATE-----\n");

    assertThatThrownBy(() -> adapter().load())
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining(pki().resolve("ca.crt").toString());
  }

  @Test
  void loadRefusesATruncatedCertificateFile() throws Exception {
    adapter().createRoot(CLUSTER);
    Path certificate = pki().resolve("ca.crt");
    byte[] pem = Files.readAllBytes(certificate);
    Files.write(certificate, Arrays.copyOf(pem, pem.length / 2));

    assertThatThrownBy(() -> adapter().load())
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining(certificate.toString());
  }
}
