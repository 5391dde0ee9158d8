package dev.warren.adapters.crypto;

import dev.warren.adapters.crypto.pem.PemCodec;
import dev.warren.adapters.crypto.x509.CertificateFacts;
import dev.warren.adapters.crypto.x509.CertificateSigningRequest;
import dev.warren.adapters.crypto.x509.LeafCertificateIssuer;
import dev.warren.adapters.crypto.x509.RootCa;
import dev.warren.adapters.crypto.x509.RootCertificateIssuer;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The cluster CA kept in one directory of the manager's data directory: {@code ca.crt} (PEM, mode
 * 0644) and {@code ca.key} (PKCS#8 PEM, mode 0600) in a directory created as 0700. Keys are made
 * with a Bouncy Castle provider private to this adapter; nothing is registered globally.
 *
 * <p>Thread-safe. {@link #createRoot} assumes one process initialises a data directory at a time,
 * as {@code warren cluster init} does. Needs a POSIX file system.
 */
public final class BcCertificateAuthorityAdapter implements CertificateAuthorityPort {
  static final String CERTIFICATE_FILE = "ca.crt";
  static final String KEY_FILE = "ca.key";

  private final Path pkiDirectory;
  private final InstantSource clock;
  private final RootCertificateIssuer issuer;
  private final LeafCertificateIssuer leaves;
  private final BouncyCastleProvider provider;

  /** The root read from disk on first use; the files do not change while a manager runs. */
  private RootCa root;

  /**
   * @param pkiDirectory where the CA files live; created on {@link #createRoot} if missing
   * @param clock the source of the root's validity window
   */
  public BcCertificateAuthorityAdapter(Path pkiDirectory, InstantSource clock) {
    this.pkiDirectory = Objects.requireNonNull(pkiDirectory, "pkiDirectory").toAbsolutePath();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.provider = new BouncyCastleProvider();
    var random = new SecureRandom();
    this.issuer = new RootCertificateIssuer(provider, random);
    this.leaves = new LeafCertificateIssuer(provider, random);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The root is valid from one minute before {@code clock.instant()} (clock skew between
   * members) for ten years. The key file is written first and the certificate last, each by an
   * atomic rename, so a reader never sees a partial file.
   *
   * @throws FailedPreconditionException if {@code ca.crt} or {@code ca.key} already exists
   */
  @Override
  public synchronized CaCertificate createRoot(ClusterId clusterId) {
    Objects.requireNonNull(clusterId, "clusterId");
    Path certificateFile = pkiDirectory.resolve(CERTIFICATE_FILE);
    Path keyFile = pkiDirectory.resolve(KEY_FILE);
    if (Files.exists(certificateFile) || Files.exists(keyFile)) {
      throw new FailedPreconditionException(
          "a cluster CA already exists in "
              + pkiDirectory
              + "; use a new data directory or start the existing cluster from this one");
    }
    RootCa root;
    try {
      root = issuer.issue(clusterId.value(), clock.instant());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the Bouncy Castle provider cannot create an EC P-256 CA", e);
    }
    byte[] certificateDer = encoded(root.certificate());
    byte[] certificatePem = PemCodec.encodeCertificate(certificateDer);
    byte[] keyDer = root.keyPair().getPrivate().getEncoded();
    byte[] keyPem = PemCodec.encodePrivateKey(keyDer);
    try {
      FileSecrets.createPrivateDirectory(pkiDirectory);
      FileSecrets.writeAtomically(keyFile, keyPem, FileSecrets.OWNER_ONLY_FILE);
      FileSecrets.writeAtomically(certificateFile, certificatePem, FileSecrets.PUBLIC_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cluster CA into " + pkiDirectory, e);
    } finally {
      Arrays.fill(keyDer, (byte) 0);
      Arrays.fill(keyPem, (byte) 0);
    }
    return describe(certificatePem, root.certificate(), certificateDer);
  }

  /**
   * {@inheritDoc}
   *
   * @throws FailedPreconditionException if {@code ca.crt} exists but holds no valid certificate
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  @Override
  public Optional<CaCertificate> load() {
    Path certificateFile = pkiDirectory.resolve(CERTIFICATE_FILE);
    byte[] certificatePem;
    try {
      certificatePem = Files.readAllBytes(certificateFile);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the cluster CA certificate " + certificateFile, e);
    }
    try {
      byte[] certificateDer = PemCodec.decodeCertificate(certificatePem);
      X509CertificateHolder certificate = new X509CertificateHolder(certificateDer);
      return Optional.of(describe(certificatePem, certificate, certificateDer));
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "the cluster CA certificate "
              + certificateFile
              + " is corrupt ("
              + e.getMessage()
              + "); restore it from a backup or another manager",
          e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Signed SHA256withECDSA by the root in {@code ca.key}, which is read once and then kept in
   * memory. Generated EC keys are returned as PKCS#8 PEM ({@code PRIVATE KEY}), generated RSA keys
   * as PKCS#1 PEM ({@code RSA PRIVATE KEY}); the key is made here and never stored.
   *
   * @throws FailedPreconditionException if {@code ca.crt} or {@code ca.key} is missing or corrupt
   */
  @Override
  public IssuedCertificate issue(CertificateRequest request) {
    Objects.requireNonNull(request, "request");
    RootCa ca = root();
    try {
      IssuedLeaf leaf =
          switch (request.key()) {
            case KeySource.Csr csr -> {
              CertificateSigningRequest verified = verifiedCsr(csr);
              yield new IssuedLeaf(
                  leaves.issue(
                      ca,
                      request.subject(),
                      LeafCertificateIssuer.keyOf(verified),
                      concat(verified.dnsNames(), request.dnsNames()),
                      concat(verified.ipAddresses(), request.ipAddresses()),
                      clock.instant(),
                      request.validity()),
                  Optional.empty());
            }
            case KeySource.GenerateEcP256 ec -> {
              KeyPair keyPair = leaves.generateEcP256();
              yield new IssuedLeaf(
                  issueFor(ca, request, LeafCertificateIssuer.keyOf(keyPair, false)),
                  Optional.of(text(PemCodec.encodePrivateKey(keyPair.getPrivate().getEncoded()))));
            }
            case KeySource.GenerateRsaPkcs1 rsa -> {
              KeyPair keyPair = leaves.generateRsa();
              yield new IssuedLeaf(
                  issueFor(ca, request, LeafCertificateIssuer.keyOf(keyPair, true)),
                  Optional.of(text(PemCodec.encodeRsaPrivateKey(pkcs1(keyPair.getPrivate())))));
            }
          };
      return new IssuedCertificate(
          text(PemCodec.encodeCertificate(encoded(leaf.certificate()))),
          leaf.privateKeyPem(),
          text(PemCodec.encodeCertificate(encoded(ca.certificate()))),
          leaf.certificate().getSerialNumber().toString(16),
          leaf.certificate().getNotBefore().toInstant(),
          leaf.certificate().getNotAfter().toInstant());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the Bouncy Castle provider cannot issue a certificate", e);
    }
  }

  private record IssuedLeaf(X509CertificateHolder certificate, Optional<String> privateKeyPem) {}

  private X509CertificateHolder issueFor(
      RootCa ca, CertificateRequest request, LeafCertificateIssuer.SubjectKey key)
      throws GeneralSecurityException {
    return leaves.issue(
        ca,
        request.subject(),
        key,
        request.dnsNames(),
        request.ipAddresses(),
        clock.instant(),
        request.validity());
  }

  private CertificateSigningRequest verifiedCsr(KeySource.Csr csr) {
    byte[] der;
    try {
      der = PemCodec.decodeCertificateRequest(csr.pem().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new InvalidSpecException("the CSR is not a PEM certificate request: " + e.getMessage());
    }
    return CertificateSigningRequest.verify(der, provider);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    var all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static byte[] pkcs1(PrivateKey rsaKey) {
    try {
      return PrivateKeyInfo.getInstance(rsaKey.getEncoded())
          .parsePrivateKey()
          .toASN1Primitive()
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("cannot re-encode an RSA key just generated as PKCS#1", e);
    }
  }

  private static String text(byte[] pem) {
    return new String(pem, StandardCharsets.US_ASCII);
  }

  private synchronized RootCa root() {
    if (root == null) {
      root = readRoot();
    }
    return root;
  }

  private RootCa readRoot() {
    Path certificateFile = pkiDirectory.resolve(CERTIFICATE_FILE);
    Path keyFile = pkiDirectory.resolve(KEY_FILE);
    byte[] keyPem = null;
    byte[] keyDer = null;
    try {
      X509CertificateHolder certificate =
          new X509CertificateHolder(
              PemCodec.decodeCertificate(Files.readAllBytes(certificateFile)));
      keyPem = Files.readAllBytes(keyFile);
      keyDer = PemCodec.decodePrivateKey(keyPem);
      KeyFactory keys = KeyFactory.getInstance("EC", provider);
      PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(keyDer));
      PublicKey publicKey =
          keys.generatePublic(
              new X509EncodedKeySpec(certificate.getSubjectPublicKeyInfo().getEncoded()));
      return new RootCa(new KeyPair(publicKey, privateKey), certificate);
    } catch (NoSuchFileException e) {
      throw new FailedPreconditionException(
          "this manager holds no cluster CA key ("
              + e.getFile()
              + " is missing); certificates are issued by a manager that has the CA");
    } catch (IOException | GeneralSecurityException e) {
      throw new FailedPreconditionException(
          "the cluster CA in "
              + pkiDirectory
              + " is unreadable or corrupt ("
              + e.getMessage()
              + "); restore it from a backup or another manager",
          e);
    } finally {
      if (keyPem != null) {
        Arrays.fill(keyPem, (byte) 0);
      }
      if (keyDer != null) {
        Arrays.fill(keyDer, (byte) 0);
      }
    }
  }

  private static CaCertificate describe(
      byte[] certificatePem, X509CertificateHolder certificate, byte[] certificateDer) {
    String organization =
        CertificateFacts.subjectOrganization(certificate)
            .orElseThrow(
                () ->
                    new FailedPreconditionException(
                        "the cluster CA certificate names no cluster id (no O in its subject)"));
    return new CaCertificate(
        Bytes.of(certificatePem),
        HexFormat.of().formatHex(sha256(certificateDer)),
        certificate.getNotAfter().toInstant(),
        ClusterId.of(organization));
  }

  private static byte[] encoded(X509CertificateHolder certificate) {
    try {
      return certificate.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("cannot DER-encode a certificate just built", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
