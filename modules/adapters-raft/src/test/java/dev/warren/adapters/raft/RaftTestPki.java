package dev.warren.adapters.raft;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A cluster CA issuing certificates the way the cluster does (EC P-256, CN = name, O = cluster id,
 * OU = role, SANs 127.0.0.1 and localhost), for Raft over real mutual TLS. Not thread-safe.
 */
final class RaftTestPki {
  private static final AtomicLong SERIALS = new AtomicLong(1);

  private final String clusterId;
  private final KeyPair caKeys;
  private final X509Certificate ca;

  private RaftTestPki(String clusterId, KeyPair caKeys, X509Certificate ca) {
    this.clusterId = clusterId;
    this.caKeys = caKeys;
    this.ca = ca;
  }

  /** A new CA for {@code clusterId}. */
  static RaftTestPki create(String clusterId) {
    KeyPair keys = ecKeys();
    X500Name name = new X500Name("CN=warren-ca,O=" + clusterId);
    return new RaftTestPki(clusterId, keys, sign(name, name, keys, keys, true));
  }

  /** The Raft TLS material of manager {@code nodeId}: a new certificate from this CA. */
  RaftTls tls(String nodeId) {
    return tls(nodeId, "manager");
  }

  /** TLS material whose certificate from this CA names {@code role} (OU). */
  RaftTls tls(String name, String role) {
    return RaftTls.fromPem(certificatePem(name, role) + pem(ca), privateKeyPem(), pem(ca));
  }

  private KeyPair lastKeys;

  private String certificatePem(String name, String role) {
    lastKeys = ecKeys();
    X500Name subject = new X500Name("CN=" + name + ",OU=" + role + ",O=" + clusterId);
    X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
    return pem(sign(issuer, subject, caKeys, lastKeys, false));
  }

  private String privateKeyPem() {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(lastKeys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair ecKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(
      X500Name issuer, X500Name subject, KeyPair issuerKeys, KeyPair subjectKeys, boolean isCa) {
    Instant now = Instant.now();
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(SERIALS.getAndIncrement()),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(Duration.ofDays(1))),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (isCa) {
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(
                new GeneralName[] {
                  new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                  new GeneralName(GeneralName.dNSName, "localhost")
                }));
      }
      var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }
}
