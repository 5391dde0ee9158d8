package dev.warren.adapters.crypto;

import dev.warren.adapters.crypto.pem.UserPem;
import dev.warren.adapters.crypto.x509.CertificateFacts;
import dev.warren.adapters.crypto.x509.KeyMatch;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.InspectedCertificate;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads users' certificates and keys with Bouncy Castle (a provider private to this adapter;
 * nothing is registered globally). Keys may be RSA, EC, Ed25519, Ed448 or DSA, as PKCS#8, PKCS#1 or
 * SEC1 PEM; encrypted keys are refused with advice. A key matches when a signature made with it
 * verifies under the certificate's public key.
 *
 * <p>Thread-safe. Failures are {@link dev.warren.domain.error.InvalidSpecException}s naming {@code
 * certificate pem} or {@code certificate key pem}; none contains key material.
 */
public final class BcCertificateInspectorAdapter implements CertificateInspectorPort {
  private static final String CERTIFICATE_FIELD = "certificate pem";
  private static final String KEY_FIELD = "certificate key pem";

  private final UserPem pem;
  private final KeyMatch keyMatch;

  public BcCertificateInspectorAdapter() {
    BouncyCastleProvider provider = new BouncyCastleProvider();
    this.pem = new UserPem(provider);
    this.keyMatch = new KeyMatch(provider, new SecureRandom());
  }

  @Override
  public InspectedCertificate inspect(Bytes certificatePem, Bytes privateKeyPem) {
    Objects.requireNonNull(certificatePem, "certificatePem");
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    X509CertificateHolder certificate =
        pem.firstCertificate(CERTIFICATE_FIELD, certificatePem.toArray());
    byte[] keyBytes = privateKeyPem.toArray();
    try {
      PrivateKey key = pem.privateKey(KEY_FIELD, keyBytes);
      keyMatch.require(KEY_FIELD, key, pem.publicKey(CERTIFICATE_FIELD, certificate));
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
    }
    return new InspectedCertificate(
        CertificateFacts.dnsNames(certificate),
        CertificateFacts.issuerName(certificate),
        certificate.getNotBefore().toInstant(),
        certificate.getNotAfter().toInstant());
  }
}
