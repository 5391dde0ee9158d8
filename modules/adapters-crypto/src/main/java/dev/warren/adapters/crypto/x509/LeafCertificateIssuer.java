package dev.warren.adapters.crypto.x509;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.shared.HostNames;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Signs cluster leaf certificates with the root: CN = name, O = cluster id, OU = role; a random
 * positive 128-bit serial; digital signature (and key encipherment for RSA) for TLS server and
 * client; not a CA; subject and authority key identifiers; DNS and IP subject alternative names.
 * Thread-safe if the given {@link SecureRandom} is (the JDK's are).
 */
public final class LeafCertificateIssuer {
  /** A member whose clock runs behind must still accept a certificate issued just now. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final String CURVE = "secp256r1";
  private static final int RSA_BITS = 2048;
  private static final int SERIAL_BITS = 128;

  private final Provider provider;
  private final SecureRandom random;

  public LeafCertificateIssuer(Provider provider, SecureRandom random) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The public key to certify, whether the requester or this CA made the key. */
  public record SubjectKey(SubjectPublicKeyInfo publicKey, boolean rsa) {}

  /** An EC P-256 key pair for a leaf. */
  public KeyPair generateEcP256() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec(CURVE), random);
    return generator.generateKeyPair();
  }

  /** An RSA 2048 key pair for a leaf, as Warren makes for clients that send no CSR. */
  public KeyPair generateRsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
    generator.initialize(RSA_BITS, random);
    return generator.generateKeyPair();
  }

  /**
   * Signs a certificate for {@code key}.
   *
   * @param now the issue time; certificates carry whole seconds, so it is truncated
   * @throws InvalidSpecException if a DNS name or IP address is malformed, or a DNS name is a
   *     wildcard
   * @throws GeneralSecurityException if the provider cannot sign with the root's key
   */
  public X509CertificateHolder issue(
      RootCa root,
      Identity subject,
      SubjectKey key,
      List<String> dnsNames,
      List<String> ipAddresses,
      Instant now,
      Duration validity)
      throws GeneralSecurityException {
    GeneralNames alternativeNames = alternativeNames(dnsNames, ipAddresses);
    Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
    // Encoded O, OU, CN so the RFC 2253 form reads "CN=<name>,OU=<role>,O=<cluster id>".
    X500Name name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, subject.clusterId().value())
            .addRDN(BCStyle.OU, subject.role().wireName())
            .addRDN(BCStyle.CN, subject.name())
            .build();
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            root.certificate().getSubject(),
            serialNumber(),
            Date.from(issuedAt.minus(CLOCK_SKEW)),
            Date.from(issuedAt.plus(validity)),
            name,
            key.publicKey());
    int usage = KeyUsage.digitalSignature | (key.rsa() ? KeyUsage.keyEncipherment : 0);
    var extensions = new BcX509ExtensionUtils();
    try {
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
          .addExtension(
              Extension.extendedKeyUsage,
              false,
              new ExtendedKeyUsage(
                  new KeyPurposeId[] {
                    KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                  }))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              extensions.createSubjectKeyIdentifier(key.publicKey()))
          .addExtension(
              Extension.authorityKeyIdentifier,
              false,
              extensions.createAuthorityKeyIdentifier(root.certificate()));
      if (alternativeNames != null) {
        builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
      }
      PrivateKey signingKey = root.keyPair().getPrivate();
      return builder.build(
          new JcaContentSignerBuilder("SHA256withECDSA")
              .setProvider(provider)
              .setSecureRandom(random)
              .build(signingKey));
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot build a leaf certificate", e);
    }
  }

  /**
   * The subject alternative names, or null when there are none (the extension is then left out).
   */
  private static GeneralNames alternativeNames(List<String> dnsNames, List<String> ipAddresses) {
    var names = new ArrayList<GeneralName>();
    for (String dnsName : new LinkedHashSet<>(dnsNames)) {
      String lower = dnsName.toLowerCase(Locale.ROOT);
      HostNames.check("dns name", lower);
      if (HostNames.isWildcard(lower)) {
        throw new InvalidSpecException(
            "dns name '" + lower + "' is a wildcard; a cluster certificate names exact hosts");
      }
      names.add(new GeneralName(GeneralName.dNSName, lower));
    }
    for (String address : new LinkedHashSet<>(ipAddresses)) {
      if (!IPAddress.isValid(address)) {
        throw new InvalidSpecException(
            "ip address '" + address + "' is not an IPv4 or IPv6 address");
      }
      names.add(new GeneralName(GeneralName.iPAddress, address));
    }
    return names.isEmpty() ? null : new GeneralNames(names.toArray(GeneralName[]::new));
  }

  /**
   * RFC 5280 wants a positive serial of at most 20 octets; setting the top bit of 128 random bits
   * keeps it positive, non-zero and always 16 octets long.
   */
  private BigInteger serialNumber() {
    return new BigInteger(SERIAL_BITS, random).setBit(SERIAL_BITS - 1);
  }

  /** The subject key of a generated key pair. */
  public static SubjectKey keyOf(KeyPair keyPair, boolean rsa) {
    return new SubjectKey(SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded()), rsa);
  }

  /** The subject key a verified CSR asks to certify. */
  public static SubjectKey keyOf(CertificateSigningRequest request) {
    return new SubjectKey(request.publicKey(), request.isRsa());
  }
}
