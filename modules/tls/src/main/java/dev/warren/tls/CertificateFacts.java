package dev.warren.tls;

import dev.warren.domain.error.InvalidSpecException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Facts about an X.509 certificate in PEM text that the command line checks and prints: the
 * certificate itself, its SHA-256 digest (what join tokens pin) and its subject attributes.
 */
public final class CertificateFacts {
  private CertificateFacts() {}

  /**
   * The first certificate in {@code pem}.
   *
   * @param what names the certificate in the error message
   * @throws InvalidSpecException if {@code pem} holds no X.509 certificate
   */
  public static X509Certificate first(String what, String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException | ClassCastException e) {
      throw new InvalidSpecException(what + " is not a PEM X.509 certificate", e);
    }
  }

  /**
   * The SHA-256 digest of the certificate's DER encoding as 64 lowercase hex digits: what join
   * tokens carry and the cluster CA reports.
   */
  public static String sha256Digest(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateException e) {
      throw new IllegalStateException("cannot digest a certificate: " + e.getMessage(), e);
    }
  }

  /** The value of the first {@code type} attribute (CN, O, OU) of the certificate's subject. */
  public static Optional<String> subjectAttribute(X509Certificate certificate, String type) {
    try {
      return new LdapName(certificate.getSubjectX500Principal().getName())
          .getRdns().stream()
              .filter(rdn -> rdn.getType().equalsIgnoreCase(type))
              .map(Rdn::getValue)
              .map(String::valueOf)
              .findFirst();
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }
}
