package dev.warren.adapters.crypto;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.KeyAndCsrPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * {@link KeyAndCsrPort} with the JDK alone: an EC P-256 key (the kind the cluster CA's own
 * certificates use) and a PKCS#10 request (RFC 2986) signed SHA256withECDSA, whose few DER
 * structures are written here. Bouncy Castle is deliberately not used: loading any class from its
 * signed jars parses their manifests (some 7,600 per-entry digests, ~9 MB of heap kept for the
 * process's life), which a standalone worker — the process that makes this request — would carry
 * only to build one small structure at its first start. Thread-safe; every call makes a new key
 * from a {@link SecureRandom}.
 */
public final class JdkCsrAdapter implements KeyAndCsrPort {
  private static final String CURVE = "secp256r1";
  private static final String SIGNATURE = "SHA256withECDSA";

  /** id-at-commonName, 2.5.4.3. */
  private static final byte[] COMMON_NAME_OID = {0x06, 0x03, 0x55, 0x04, 0x03};

  /** AlgorithmIdentifier of ecdsa-with-SHA256 (1.2.840.10045.4.3.2), no parameters. */
  private static final byte[] ECDSA_WITH_SHA256 = {
    0x30, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02
  };

  private static final int INTEGER = 0x02;
  private static final int BIT_STRING = 0x03;
  private static final int UTF8_STRING = 0x0c;
  private static final int SEQUENCE = 0x30;
  private static final int SET = 0x31;

  /** [0] IMPLICIT SET OF Attribute, empty: a request that asks for no extensions. */
  private static final int ATTRIBUTES = 0xa0;

  private final SecureRandom random = new SecureRandom();

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the runtime cannot make an EC P-256 key or sign (a broken
   *     runtime, not a user mistake)
   */
  @Override
  public GeneratedCsr newKeyAndCsr(String commonName) {
    Checks.notBlank("common name", commonName);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(CURVE), random);
      KeyPair keys = generator.generateKeyPair();
      byte[] info =
          der(
              SEQUENCE,
              der(INTEGER, new byte[] {0}),
              subject(commonName),
              keys.getPublic().getEncoded(), // already a DER SubjectPublicKeyInfo
              der(ATTRIBUTES));
      Signature signer = Signature.getInstance(SIGNATURE);
      signer.initSign(keys.getPrivate(), random);
      signer.update(info);
      byte[] signature = signer.sign(); // DER ECDSA-Sig-Value
      byte[] bits = new byte[signature.length + 1]; // no unused bits
      System.arraycopy(signature, 0, bits, 1, signature.length);
      byte[] csr = der(SEQUENCE, info, ECDSA_WITH_SHA256, der(BIT_STRING, bits));
      return new GeneratedCsr(
          pem("PRIVATE KEY", keys.getPrivate().getEncoded()), pem("CERTIFICATE REQUEST", csr));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot create an EC P-256 key and CSR: " + e.getMessage(), e);
    }
  }

  /** The Name {@code CN=commonName}: one RDN holding one UTF8String attribute. */
  private static byte[] subject(String commonName) {
    byte[] value = der(UTF8_STRING, commonName.getBytes(StandardCharsets.UTF_8));
    return der(SEQUENCE, der(SET, der(SEQUENCE, COMMON_NAME_OID, value)));
  }

  /** A DER element: {@code tag}, the definite length of the parts, the parts. */
  static byte[] der(int tag, byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    var out = new ByteArrayOutputStream(length + 6);
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | octets);
      for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
        out.write(length >>> shift);
      }
    }
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
