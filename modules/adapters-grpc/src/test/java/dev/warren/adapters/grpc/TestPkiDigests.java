package dev.warren.adapters.grpc;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The CA digest as join tokens carry it: SHA-256 of the DER certificate, lowercase hex. */
final class TestPkiDigests {
  private TestPkiDigests() {}

  static String of(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
