package dev.warren.adapters.crypto;

import dev.warren.adapters.crypto.pem.PemCodec;
import dev.warren.adapters.crypto.x509.KeyMatch;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.ClusterKeys;
import dev.warren.domain.port.out.ClusterKeysPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The {@link ClusterKeys} as files of a manager's data directory: {@code ca.crt} and {@code ca.key}
 * where {@link BcCertificateAuthorityAdapter} reads them, {@code data.key} where {@link
 * BcSecretCipherAdapter} does. Written owner-only (the certificate world-readable) by an atomic
 * rename, so a reader never sees half a key. Thread-safe.
 */
public final class FileClusterKeysAdapter implements ClusterKeysPort {
  private static final int DATA_KEY_BYTES = 32;

  private final Path pkiDirectory;
  private final Path keysDirectory;
  private final BouncyCastleProvider provider = new BouncyCastleProvider();

  public FileClusterKeysAdapter(Path pkiDirectory, Path keysDirectory) {
    this.pkiDirectory = Objects.requireNonNull(pkiDirectory, "pki directory");
    this.keysDirectory = Objects.requireNonNull(keysDirectory, "keys directory");
  }

  @Override
  public ClusterKeys read() {
    return new ClusterKeys(
        Bytes.of(readFile(pkiDirectory.resolve(BcCertificateAuthorityAdapter.CERTIFICATE_FILE))),
        Bytes.of(readFile(pkiDirectory.resolve(BcCertificateAuthorityAdapter.KEY_FILE))),
        Bytes.of(readFile(keysDirectory.resolve(BcSecretCipherAdapter.KEY_FILE))));
  }

  @Override
  public synchronized void install(ClusterKeys keys) {
    Objects.requireNonNull(keys, "keys");
    byte[] certificatePem = keys.caCertificatePem().toArray();
    byte[] keyPem = keys.caPrivateKeyPem().toArray();
    byte[] dataKey = keys.dataKey().toArray();
    try {
      requireMatchingCa(certificatePem, keyPem);
      if (dataKey.length != DATA_KEY_BYTES) {
        throw new InvalidSpecException(
            "the cluster data key received is "
                + dataKey.length
                + " bytes, not "
                + DATA_KEY_BYTES
                + "; the manager that sent it is damaged, join through another one");
      }
      FileSecrets.createPrivateDirectory(pkiDirectory);
      FileSecrets.createPrivateDirectory(keysDirectory);
      FileSecrets.writeAtomically(
          pkiDirectory.resolve(BcCertificateAuthorityAdapter.KEY_FILE),
          keyPem,
          FileSecrets.OWNER_ONLY_FILE);
      FileSecrets.writeAtomically(
          pkiDirectory.resolve(BcCertificateAuthorityAdapter.CERTIFICATE_FILE),
          certificatePem,
          FileSecrets.PUBLIC_FILE);
      FileSecrets.writeAtomically(
          keysDirectory.resolve(BcSecretCipherAdapter.KEY_FILE),
          dataKey,
          FileSecrets.OWNER_ONLY_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot store the cluster keys in " + pkiDirectory + " and " + keysDirectory, e);
    } finally {
      Arrays.fill(keyPem, (byte) 0);
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private void requireMatchingCa(byte[] certificatePem, byte[] keyPem) {
    byte[] keyDer = null;
    try {
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(PemCodec.decodeCertificate(certificatePem)));
      keyDer = PemCodec.decodePrivateKey(keyPem);
      PrivateKey key =
          KeyFactory.getInstance("EC", provider).generatePrivate(new PKCS8EncodedKeySpec(keyDer));
      new KeyMatch(provider, new SecureRandom())
          .require("the CA key received", key, certificate.getPublicKey());
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidSpecException(
          "the cluster CA received is unreadable ("
              + e.getMessage()
              + "); the manager that sent it is damaged, join through another one",
          e);
    } finally {
      if (keyDer != null) {
        Arrays.fill(keyDer, (byte) 0);
      }
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new FailedPreconditionException(
          "this manager holds no "
              + file.getFileName()
              + " ("
              + file
              + " is missing); join the new manager through a manager that has the cluster keys");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
