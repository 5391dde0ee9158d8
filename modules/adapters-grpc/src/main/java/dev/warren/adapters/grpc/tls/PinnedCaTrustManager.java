package dev.warren.adapters.grpc.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A client's trust in a server it has never met, from the CA digest in a join token: the server's
 * chain must contain a CA certificate whose SHA-256 digest of the DER encoding (lowercase hex) is
 * the pinned one, and the server's own certificate must be signed by that CA and valid now. Host
 * names are not checked: the pin is the identity.
 */
public final class PinnedCaTrustManager extends OneSidedTrustManager {
  private final String pinnedDigest;
  private final InstantSource clock;

  public PinnedCaTrustManager(String sha256Digest, InstantSource clock) {
    super(Peers.SERVERS);
    this.pinnedDigest = sha256Digest.toLowerCase(Locale.ROOT);
    this.clock = clock;
  }

  /** The digest format of the pin: lowercase hex SHA-256 of the DER certificate. */
  public static String digestOf(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException broken) {
      throw new IllegalStateException("cannot digest a certificate", broken);
    }
  }

  @Override
  void checkPeer(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("the server sent no certificate");
    }
    X509Certificate pinnedCa = null;
    for (X509Certificate candidate : chain) {
      if (digestOf(candidate).equals(pinnedDigest)) {
        pinnedCa = candidate;
      }
    }
    if (pinnedCa == null) {
      throw new CertificateException(
          "the server's certificate chain does not contain the CA pinned by the join token"
              + " (sha256 "
              + pinnedDigest
              + ")");
    }
    try {
      chain[0].verify(pinnedCa.getPublicKey());
      chain[0].checkValidity(Date.from(clock.instant()));
    } catch (GeneralSecurityException invalid) {
      throw new CertificateException(
          "the server's certificate is not a valid one of the pinned CA: " + invalid.getMessage(),
          invalid);
    }
  }
}
