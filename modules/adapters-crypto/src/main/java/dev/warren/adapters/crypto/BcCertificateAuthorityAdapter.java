package dev.warren.adapters.crypto;

import dev.warren.adapters.crypto.pem.PemCodec;
import dev.warren.adapters.crypto.x509.RootCa;
import dev.warren.adapters.crypto.x509.RootCertificateIssuer;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * @param pkiDirectory where the CA files live; created on {@link #createRoot} if missing
   * @param clock the source of the root's validity window
   */
  public BcCertificateAuthorityAdapter(Path pkiDirectory, InstantSource clock) {
    this.pkiDirectory = Objects.requireNonNull(pkiDirectory, "pkiDirectory").toAbsolutePath();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.issuer = new RootCertificateIssuer(new BouncyCastleProvider(), new SecureRandom());
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
      throw new UncheckedIOException("cannot read the cluster CA certificate " + certificateFile, e);
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

  private static CaCertificate describe(
      byte[] certificatePem, X509CertificateHolder certificate, byte[] certificateDer) {
    return new CaCertificate(
        Bytes.of(certificatePem),
        HexFormat.of().formatHex(sha256(certificateDer)),
        certificate.getNotAfter().toInstant());
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
