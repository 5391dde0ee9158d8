package dev.warren.adapters.crypto.pem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** Encodes DER structures as PEM (RFC 7468) and back, working on bytes only. */
public final class PemCodec {
  private static final String CERTIFICATE = "CERTIFICATE";
  private static final String PRIVATE_KEY = "PRIVATE KEY";
  private static final String RSA_PRIVATE_KEY = "RSA PRIVATE KEY";
  private static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";
  private static final String LEGACY_CERTIFICATE_REQUEST = "NEW CERTIFICATE REQUEST";

  private PemCodec() {}

  /** A {@code CERTIFICATE} PEM block of the DER certificate. */
  public static byte[] encodeCertificate(byte[] der) {
    return encode(CERTIFICATE, der);
  }

  /**
   * A {@code PRIVATE KEY} PEM block of a PKCS#8 key. Bytes rather than a String so the caller can
   * wipe the key material once it is written.
   */
  public static byte[] encodePrivateKey(byte[] pkcs8) {
    return encode(PRIVATE_KEY, pkcs8);
  }

  /** An {@code RSA PRIVATE KEY} PEM block of a PKCS#1 RSA key, the form Warren hands out. */
  public static byte[] encodeRsaPrivateKey(byte[] pkcs1) {
    return encode(RSA_PRIVATE_KEY, pkcs1);
  }

  /**
   * The DER bytes of the first PEM block, which must be a {@code CERTIFICATE}.
   *
   * @throws IOException if the bytes hold no such block or its base64 is broken
   */
  public static byte[] decodeCertificate(byte[] pem) throws IOException {
    return decode(pem, CERTIFICATE);
  }

  /**
   * The PKCS#8 DER bytes of the first PEM block, which must be a {@code PRIVATE KEY}.
   *
   * @throws IOException if the bytes hold no such block or its base64 is broken
   */
  public static byte[] decodePrivateKey(byte[] pem) throws IOException {
    return decode(pem, PRIVATE_KEY);
  }

  /**
   * The PKCS#10 DER bytes of the first PEM block, a {@code CERTIFICATE REQUEST} (or the older
   * {@code NEW CERTIFICATE REQUEST} some tools still write).
   *
   * @throws IOException if the bytes hold no such block or its base64 is broken
   */
  public static byte[] decodeCertificateRequest(byte[] pem) throws IOException {
    return decode(pem, CERTIFICATE_REQUEST, LEGACY_CERTIFICATE_REQUEST);
  }

  private static byte[] decode(byte[] pem, String... acceptedTypes) throws IOException {
    try (PemReader reader =
        new PemReader(
            new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.US_ASCII))) {
      PemObject block = reader.readPemObject();
      if (block == null) {
        throw new IOException("no PEM block found");
      }
      if (!java.util.List.of(acceptedTypes).contains(block.getType())) {
        throw new IOException(
            "expected a " + acceptedTypes[0] + " PEM block, found " + block.getType());
      }
      return block.getContent();
    } catch (DecoderException e) {
      throw new IOException("broken base64 in PEM block", e);
    }
  }

  private static byte[] encode(String type, byte[] der) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PemWriter writer = new PemWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII))) {
      writer.writeObject(new PemObject(type, der));
    } catch (IOException e) {
      // An in-memory stream cannot fail.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
