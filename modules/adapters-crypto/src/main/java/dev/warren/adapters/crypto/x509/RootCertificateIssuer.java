package dev.warren.adapters.crypto.x509;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the cluster's self-signed root: ECDSA P-256, SHA256withECDSA, valid ten years.
 * Thread-safe if the given {@link SecureRandom} is (the JDK's are).
 */
public final class RootCertificateIssuer {
  /** Common name of every Warren cluster root; the cluster id goes into O. */
  public static final String COMMON_NAME = "warren-ca";

  public static final Period VALIDITY = Period.ofYears(10);

  /** Members whose clocks run a little behind must still accept a root created just now. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private static final String CURVE = "secp256r1";
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final int SERIAL_BITS = 128;

  private final Provider provider;
  private final SecureRandom random;

  public RootCertificateIssuer(Provider provider, SecureRandom random) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Generates a key pair and signs a root certificate for it.
   *
   * @param organization the O of the subject (the cluster id)
   * @param now the creation time; certificates carry whole seconds, so it is truncated
   * @throws GeneralSecurityException if the provider lacks P-256 or ECDSA
   */
  public RootCa issue(String organization, Instant now) throws GeneralSecurityException {
    KeyPair keyPair = generateKeyPair();
    Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
    Instant notBefore = issuedAt.minus(CLOCK_SKEW);
    Instant notAfter = issuedAt.atOffset(ZoneOffset.UTC).plus(VALIDITY).toInstant();
    // Encoded O before CN, so the RFC 2253 form reads "CN=warren-ca,O=<cluster id>".
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, organization)
            .addRDN(BCStyle.CN, COMMON_NAME)
            .build();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            serialNumber(),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            keyPair.getPublic());
    try {
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(
              Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keyPair.getPublic()));
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
              .setProvider(provider)
              .setSecureRandom(random)
              .build(keyPair.getPrivate());
      return new RootCa(keyPair, builder.build(signer));
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot build the CA certificate", e);
    }
  }

  private KeyPair generateKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec(CURVE), random);
    return generator.generateKeyPair();
  }

  /**
   * RFC 5280 wants a positive serial of at most 20 octets; setting the top bit of 128 random bits
   * keeps it positive, non-zero and always 16 octets long.
   */
  private BigInteger serialNumber() {
    return new BigInteger(SERIAL_BITS, random).setBit(SERIAL_BITS - 1);
  }
}
