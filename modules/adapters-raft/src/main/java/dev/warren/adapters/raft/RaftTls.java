package dev.warren.adapters.raft;

import dev.warren.tls.PemMaterial;
import dev.warren.tls.ReloadableKeyManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The mutual-TLS material of a manager's Raft traffic: its node certificate (chain) and key, served
 * to peers and presented to them as a client, and the cluster CA, the only issuer whose
 * certificates it accepts, and only managers' (OU = manager). Every Raft connection (server to
 * server, client to server, admin) is TLS 1.3 with a client certificate.
 *
 * <p>Thread-safe. {@link #reload} swaps the identity for new handshakes while the Raft server runs
 * (certificate renewal); established connections keep theirs. The CA cannot change.
 */
public final class RaftTls {
  private final ReloadableKeyManager keyManager;
  private final X509Certificate caCertificate;
  private final X509TrustManager trustManager;

  private RaftTls(ReloadableKeyManager keyManager, X509Certificate caCertificate) {
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
   * @throws dev.warren.domain.error.InvalidSpecException if a PEM text does not parse
   */
  public static RaftTls fromPem(
      String certificateChainPem, String privateKeyPem, String caCertificatePem) {
    X509Certificate ca =
        PemMaterial.certificates("raft CA certificate", caCertificatePem).getFirst();
    return new RaftTls(ReloadableKeyManager.fromPem(certificateChainPem, privateKeyPem), ca);
  }

  /**
   * Serves and presents this certificate chain and key from the next handshake on.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if a PEM text does not parse
   */
  public void reload(String certificateChainPem, String privateKeyPem) {
    keyManager.reloadPem(certificateChainPem, privateKeyPem);
  }

  ReloadableKeyManager keyManager() {
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

  @Override
  public String toString() {
    return "RaftTls[ca=" + caCertificate.getSubjectX500Principal() + ", key hidden]";
  }
}
