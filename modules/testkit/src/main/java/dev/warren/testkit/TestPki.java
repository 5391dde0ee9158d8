package dev.warren.testkit;

import dev.warren.domain.model.cluster.ClusterId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cluster CA for tests, issuing certificates the way the cluster does (EC P-256, CN = name, O =
 * cluster id, OU = role, subject alternative names 127.0.0.1 and localhost), for real TLS in every
 * module's tests. JDK only, so any module's tests may use it without a crypto library.
 *
 * <p>Thread-safe.
 */
public final class TestPki {
  /** A certificate and its key pair. */
  public record Issued(X509Certificate certificate, KeyPair keys) {
    public Issued {
      Objects.requireNonNull(certificate, "certificate");
      Objects.requireNonNull(keys, "keys");
    }

    /** The certificate as PEM. */
    public String certificatePem() {
      return pem(certificate);
    }

    /** The private key as PKCS#8 PEM ("PRIVATE KEY"). */
    public String privateKeyPem() {
      return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }
  }

  private static final AtomicLong SERIALS = new AtomicLong(1);

  private final ClusterId clusterId;
  private final DistinguishedName caName;
  private final Issued ca;

  private TestPki(ClusterId clusterId, DistinguishedName caName, Issued ca) {
    this.clusterId = clusterId;
    this.caName = caName;
    this.ca = ca;
  }

  /** A new CA, with a key of its own, for {@code clusterId}. */
  public static TestPki create(String clusterId) {
    KeyPair keys = ecKeys();
    var name = new DistinguishedName("Warren test CA " + clusterId, null, clusterId);
    Instant now = Instant.now();
    X509Certificate certificate =
        X509Writer.sign(
            name,
            name,
            keys,
            keys.getPublic(),
            SERIALS.getAndIncrement(),
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofDays(30)),
            true);
    return new TestPki(ClusterId.of(clusterId), name, new Issued(certificate, keys));
  }

  public ClusterId clusterId() {
    return clusterId;
  }

  public X509Certificate caCertificate() {
    return ca.certificate();
  }

  public String caPem() {
    return ca.certificatePem();
  }

  /** The CA digest as join tokens carry it: SHA-256 of the DER certificate, lowercase hex. */
  public String caDigest() {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(ca.certificate().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A certificate for {@code name} in {@code role}, valid from an hour ago for a day. */
  public Issued issue(String name, String role) {
    Instant now = Instant.now();
    return issue(
        name,
        clusterId.value(),
        role,
        now.minus(Duration.ofHours(1)),
        now.plus(Duration.ofDays(1)));
  }

  /** A certificate with any subject and validity, signed by this CA. */
  public Issued issue(
      String name, String organization, String role, Instant notBefore, Instant notAfter) {
    KeyPair keys = ecKeys();
    X509Certificate certificate =
        X509Writer.sign(
            caName,
            new DistinguishedName(name, role, organization),
            ca.keys(),
            keys.getPublic(),
            SERIALS.getAndIncrement(),
            notBefore,
            notAfter,
            false);
    return new Issued(certificate, keys);
  }

  /** {@code issued}'s certificate followed by the CA's, as a server presents its chain. */
  public String chainPem(Issued issued) {
    return issued.certificatePem() + caPem();
  }

  /** {@code certificate} as PEM. */
  public static String pem(X509Certificate certificate) {
    try {
      return pem("CERTIFICATE", certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
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

  /** CN, OU (may be null) and O, written in that order. */
  private record DistinguishedName(String commonName, String unit, String organization) {}

  /**
   * Just enough DER to write an X.509 v3 certificate: the JDK parses and verifies certificates but
   * has no public API to build one.
   */
  private static final class X509Writer {
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATIONAL_UNIT = "2.5.4.11";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SUBJECT_ALTERNATIVE_NAME = "2.5.29.17";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private static final int BOOLEAN = 0x01;
    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int UTF8_STRING = 0x0c;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int EXPLICIT_0 = 0xa0;
    private static final int EXPLICIT_3 = 0xa3;
    private static final int SAN_DNS_NAME = 0x82;
    private static final int SAN_IP_ADDRESS = 0x87;

    private X509Writer() {}

    static X509Certificate sign(
        DistinguishedName issuer,
        DistinguishedName subject,
        KeyPair issuerKeys,
        PublicKey subjectKey,
        long serial,
        Instant notBefore,
        Instant notAfter,
        boolean isCa) {
      byte[] algorithm = sequence(oid(ECDSA_WITH_SHA256));
      byte[] tbs =
          sequence(
              tlv(EXPLICIT_0, integer(BigInteger.TWO)),
              integer(BigInteger.valueOf(serial)),
              algorithm,
              name(issuer),
              sequence(time(notBefore), time(notAfter)),
              name(subject),
              subjectKey.getEncoded(),
              tlv(EXPLICIT_3, sequence(isCa ? caExtensions() : leafExtensions())));
      try {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(issuerKeys.getPrivate());
        signer.update(tbs);
        byte[] der = sequence(tbs, algorithm, bitString(0, signer.sign()));
        return (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot make a test certificate", e);
      }
    }

    private static byte[][] caExtensions() {
      return new byte[][] {
        extension(BASIC_CONSTRAINTS, true, sequence(tlv(BOOLEAN, new byte[] {(byte) 0xff}))),
        // keyCertSign (bit 5) and cRLSign (bit 6): 0b0000_0110, its last bit unused.
        extension(KEY_USAGE, true, bitString(1, new byte[] {0x06}))
      };
    }

    private static byte[][] leafExtensions() {
      return new byte[][] {
        extension(BASIC_CONSTRAINTS, true, sequence()),
        // digitalSignature (bit 0): 0b1000_0000, seven bits unused.
        extension(KEY_USAGE, true, bitString(7, new byte[] {(byte) 0x80})),
        extension(EXTENDED_KEY_USAGE, false, sequence(oid(SERVER_AUTH), oid(CLIENT_AUTH))),
        extension(
            SUBJECT_ALTERNATIVE_NAME,
            false,
            sequence(
                tlv(SAN_IP_ADDRESS, new byte[] {127, 0, 0, 1}),
                tlv(SAN_DNS_NAME, "localhost".getBytes(StandardCharsets.US_ASCII))))
      };
    }

    private static byte[] extension(String id, boolean critical, byte[] value) {
      return critical
          ? sequence(oid(id), tlv(BOOLEAN, new byte[] {(byte) 0xff}), tlv(OCTET_STRING, value))
          : sequence(oid(id), tlv(OCTET_STRING, value));
    }

    private static byte[] name(DistinguishedName name) {
      byte[] common = attribute(COMMON_NAME, name.commonName());
      byte[] organization = attribute(ORGANIZATION, name.organization());
      return name.unit() == null
          ? sequence(common, organization)
          : sequence(common, attribute(ORGANIZATIONAL_UNIT, name.unit()), organization);
    }

    private static byte[] attribute(String type, String value) {
      return tlv(
          SET, sequence(oid(type), tlv(UTF8_STRING, value.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] time(Instant instant) {
      var utc = instant.atZone(ZoneOffset.UTC);
      boolean utcTime = utc.getYear() >= 1950 && utc.getYear() < 2050;
      String pattern = utcTime ? "yyMMddHHmmss'Z'" : "yyyyMMddHHmmss'Z'";
      String text = DateTimeFormatter.ofPattern(pattern).format(utc);
      return tlv(utcTime ? UTC_TIME : GENERALIZED_TIME, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] integer(BigInteger value) {
      return tlv(INTEGER, value.toByteArray());
    }

    private static byte[] bitString(int unusedBits, byte[] bits) {
      byte[] content = new byte[bits.length + 1];
      content[0] = (byte) unusedBits;
      System.arraycopy(bits, 0, content, 1, bits.length);
      return tlv(BIT_STRING, content);
    }

    private static byte[] oid(String dotted) {
      String[] arcs = dotted.split("\\.");
      var out = new ByteArrayOutputStream();
      writeBase128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
      for (int i = 2; i < arcs.length; i++) {
        writeBase128(out, Long.parseLong(arcs[i]));
      }
      return tlv(OBJECT_IDENTIFIER, out.toByteArray());
    }

    private static void writeBase128(ByteArrayOutputStream out, long value) {
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
      for (int group = groups - 1; group >= 0; group--) {
        int septet = (int) (value >>> (7 * group)) & 0x7f;
        out.write(group == 0 ? septet : septet | 0x80);
      }
    }

    private static byte[] sequence(byte[]... parts) {
      var out = new ByteArrayOutputStream();
      for (byte[] part : parts) {
        out.writeBytes(part);
      }
      return tlv(SEQUENCE, out.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] content) {
      var out = new ByteArrayOutputStream();
      out.write(tag);
      int length = content.length;
      if (length < 0x80) {
        out.write(length);
      } else {
        int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
          out.write(length >>> (8 * i));
        }
      }
      out.writeBytes(content);
      return out.toByteArray();
    }
  }
}
