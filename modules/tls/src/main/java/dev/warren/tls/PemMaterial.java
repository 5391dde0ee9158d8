package dev.warren.tls;

import dev.warren.domain.error.InvalidSpecException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificates and private keys from PEM text, with the JDK alone. Keys: PKCS#8 ("PRIVATE KEY", EC
 * or RSA) and PKCS#1 ("RSA PRIVATE KEY", as Warren's RequestCertificate sends them).
 */
public final class PemMaterial {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
  // AlgorithmIdentifier { rsaEncryption, NULL }, the fixed part PKCS#8 puts before a PKCS#1 key.
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private PemMaterial() {}

  /**
   * Every certificate in {@code pem}, in order (leaf first for a chain).
   *
   * @throws InvalidSpecException naming {@code what} if there is none or one does not parse
   */
  public static List<X509Certificate> certificates(String what, String pem) {
    try {
      var certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      if (certificates.isEmpty()) {
        throw new InvalidSpecException(what + " holds no PEM certificate");
      }
      return certificates.stream().map(X509Certificate.class::cast).toList();
    } catch (CertificateException failure) {
      throw new InvalidSpecException(
          what + " is not a PEM certificate: " + failure.getMessage(), failure);
    }
  }

  /**
   * The private key in {@code pem}.
   *
   * @throws InvalidSpecException naming {@code what} if it is not a PKCS#8 EC/RSA or PKCS#1 RSA key
   */
  public static PrivateKey privateKey(String what, String pem) {
    Matcher block = BLOCK.matcher(pem);
    if (!block.find()) {
      throw new InvalidSpecException(what + " holds no PEM block");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(block.group(2));
    } catch (IllegalArgumentException badBase64) {
      throw new InvalidSpecException(what + " is not valid base64 PEM", badBase64);
    }
    return switch (block.group(1)) {
      case "PRIVATE KEY" -> pkcs8(what, der, "EC", "RSA");
      case "RSA PRIVATE KEY" -> pkcs8(what, wrapPkcs1(der), "RSA");
      default ->
          throw new InvalidSpecException(
              what + " holds a '" + block.group(1) + "' block; expected a PKCS#8 'PRIVATE KEY'");
    };
  }

  private static PrivateKey pkcs8(String what, byte[] der, String... algorithms) {
    for (String algorithm : algorithms) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (InvalidKeySpecException notThisAlgorithm) {
        // Try the next one.
      } catch (GeneralSecurityException unsupported) {
        throw new IllegalStateException("the JDK lacks " + algorithm + " keys", unsupported);
      }
    }
    throw new InvalidSpecException(what + " is not an EC or RSA private key");
  }

  private static byte[] wrapPkcs1(byte[] pkcs1) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(RSA_ALGORITHM);
    body.write(0x04);
    writeLength(body, pkcs1.length);
    body.writeBytes(pkcs1);
    var sequence = new ByteArrayOutputStream();
    sequence.write(0x30);
    writeLength(sequence, body.size());
    sequence.writeBytes(body.toByteArray());
    return sequence.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
      return;
    }
    int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    out.write(0x80 | bytes);
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
      out.write((length >>> shift) & 0xff);
    }
  }
}
