package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Bytes;

/**
 * Reads users' X.509 certificates and private keys (PEM), the crypto behind storing a TLS
 * certificate. Deciding what is acceptable (hosts covered, not expired) is the caller's; this port
 * only parses and proves that the key belongs to the certificate.
 *
 * <p>Implementations are thread-safe and never put key material in exception messages or logs.
 */
public interface CertificateInspectorPort {

  /**
   * Parses {@code certificatePem} (one certificate, or a chain whose first certificate is the
   * server's) and {@code privateKeyPem} (PKCS#8, or PKCS#1 RSA / SEC1 EC), and checks that the key
   * is the private half of the first certificate's public key.
   *
   * @return the first certificate's DNS names, issuer and validity
   * @throws dev.warren.domain.error.InvalidSpecException with a message naming the problem (no PEM,
   *     not a certificate, an encrypted or unsupported key, a key that does not match)
   */
  InspectedCertificate inspect(Bytes certificatePem, Bytes privateKeyPem);
}
