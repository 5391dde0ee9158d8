package dev.warren.adapters.raft;

import dev.warren.domain.error.InvalidSpecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The mutual-TLS material of a manager's Raft traffic: its node certificate (chain) and key, served
 * to peers and presented to them as a client, and the cluster CA, the only issuer whose certificates
 * it accepts, and only managers' (OU = manager). Every Raft connection (server to server, client to
 * server, admin) is TLS 1.3 with a client certificate.
 *
 * <p>Thread-safe. {@link #reload} swaps the identity for new handshakes while the Raft server runs
 * (certificate renewal); established connections keep theirs. The CA cannot change.
 */
public final class RaftTls {
  private static final Pattern PRIVATE_KEY =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  private final ReloadingKeyManager keyManager;
  private final X509Certificate caCertificate;
  private final X509TrustManager trustManager;

  private RaftTls(ReloadingKeyManager keyManager, X509Certificate caCertificate) {
    this.keyManager = keyManager;
    this.caCertificate = caCertificate;
    this.trustManager = trusting(caCertificate);
  }

  /**
   * TLS material from PEM text.
   *
   * @param certificateChainPem this node's certificate, optionally followed by the CA
   * @param privateKeyPem its PKCS#8 ("PRIVATE KEY") EC or RSA key
   * @param caCertificatePem the cluster CA certificate
   * @throws InvalidSpecException if a PEM text does not parse
   */
  public static RaftTls fromPem(
      String certificateChainPem, String privateKeyPem, String caCertificatePem) {
    X509Certificate ca = certificates("raft CA certificate", caCertificatePem)[0];
    return new RaftTls(
        new ReloadingKeyManager(
            privateKey(privateKeyPem), certificates("raft certificate chain", certificateChainPem)),
        ca);
  }

  /**
   * Serves and presents this certificate chain and key from the next handshake on.
   *
   * @throws InvalidSpecException if a PEM text does not parse
   */
  public void reload(String certificateChainPem, String privateKeyPem) {
    keyManager.reload(
        privateKey(privateKeyPem), certificates("raft certificate chain", certificateChainPem));
  }

  ReloadingKeyManager keyManager() {
    return keyManager;
  }

  X509TrustManager trustManager() {
    return trustManager;
  }

  /** The cluster CA this node trusts. */
  public X509Certificate caCertificate() {
    return caCertificate;
  }

  private static X509TrustManager trusting(X509Certificate ca) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("cluster-ca", ca);
      var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (var manager : factory.getTrustManagers()) {
        if (manager instanceof X509ExtendedTrustManager x509) {
          return new ManagerOnlyTrustManager(x509);
        }
      }
      throw new IllegalStateException("the JDK made no X.509 trust manager");
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a trust manager for the cluster CA", e);
    }
  }

  private static X509Certificate[] certificates(String what, String pem) {
    Objects.requireNonNull(pem, what);
    try {
      var certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      if (certificates.isEmpty()) {
        throw new InvalidSpecException(what + " holds no PEM certificate");
      }
      return certificates.stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
    } catch (CertificateException e) {
      throw new InvalidSpecException(what + " is not a PEM certificate: " + e.getMessage(), e);
    }
  }

  private static PrivateKey privateKey(String pem) {
    Objects.requireNonNull(pem, "raft private key");
    var block = PRIVATE_KEY.matcher(pem);
    if (!block.find()) {
      throw new InvalidSpecException("raft private key holds no PKCS#8 'PRIVATE KEY' block");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(block.group(1));
    } catch (IllegalArgumentException e) {
      throw new InvalidSpecException("raft private key is not valid base64 PEM", e);
    }
    for (String algorithm : new String[] {"EC", "RSA"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (InvalidKeySpecException notThisAlgorithm) {
        // Try the next one.
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK lacks " + algorithm + " keys", e);
      }
    }
    throw new InvalidSpecException("raft private key is not an EC or RSA key");
  }

  @Override
  public String toString() {
    return "RaftTls[ca=" + caCertificate.getSubjectX500Principal() + ", key hidden]";
  }
}
