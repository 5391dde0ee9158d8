package dev.warren.adapters.grpc;

import dev.warren.tls.ClientTlsIdentity;
import dev.warren.adapters.grpc.ServerTls;
import dev.warren.adapters.grpc.TlsIdentity;
import dev.warren.domain.model.cluster.ClusterId;
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
 * A cluster CA and certificates made the way the cluster makes them (EC P-256, CN = name, O =
 * cluster id, OU = role, SANs 127.0.0.1 and localhost), for real TLS in tests.
 */
public final class TestPki {
  /** A certificate and its key. */
  public record Issued(X509Certificate certificate, KeyPair keys) {
    public String certificatePem() {
      return pem(certificate);
    }

    public String privateKeyPem() {
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(keys.getPrivate().getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    }
  }

  private static final AtomicLong SERIALS = new AtomicLong(1);

  public final ClusterId clusterId;
  private final Issued ca;

  private TestPki(ClusterId clusterId, Issued ca) {
    this.clusterId = clusterId;
    this.ca = ca;
  }

  /** A new CA for {@code clusterId}. */
  public static TestPki create(String clusterId) {
    KeyPair keys = ecKeys();
    X500Name name = new X500Name("CN=Warren test CA " + clusterId + ",O=" + clusterId);
    Instant now = Instant.now();
    X509Certificate certificate =
        sign(
            name, name, keys, keys, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)),
            true);
    return new TestPki(ClusterId.of(clusterId), new Issued(certificate, keys));
  }

  public X509Certificate caCertificate() {
    return ca.certificate();
  }

  public String caPem() {
    return pem(ca.certificate());
  }

  /** A certificate for {@code name} in {@code role}, valid from an hour ago for a day. */
  public Issued issue(String name, String role) {
    Instant now = Instant.now();
    return issue(name, clusterId.value(), role, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
  }

  /** A certificate with any subject and validity, signed by this CA. */
  public Issued issue(
      String name, String organization, String role, Instant notBefore, Instant notAfter) {
    KeyPair keys = ecKeys();
    X500Name subject = new X500Name("CN=" + name + ",OU=" + role + ",O=" + organization);
    X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
    return new Issued(sign(issuer, subject, ca.keys(), keys, notBefore, notAfter, false), keys);
  }

  /** The server identity of a manager: its certificate followed by the CA. */
  public TlsIdentity serverIdentity(String nodeId) {
    Issued server = issue(nodeId, "manager");
    return new TlsIdentity(server.certificatePem() + caPem(), server.privateKeyPem());
  }

  public ServerTls serverTls(String nodeId) {
    return new ServerTls(serverIdentity(nodeId), caPem(), clusterId);
  }

  /** What a client holding {@code issued} uses, trusting this CA for the server. */
  public ClientTlsIdentity client(Issued issued) {
    return new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), caPem());
  }

  static String pem(X509Certificate certificate) {
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
      X500Name issuer,
      X500Name subject,
      KeyPair issuerKeys,
      KeyPair subjectKeys,
      Instant notBefore,
      Instant notAfter,
      boolean isCa) {
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(SERIALS.getAndIncrement()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (isCa) {
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
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
