package dev.warren.adapters.runtime.containerd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** OCI content digests ({@code sha256:<hex>}). */
final class Digests {
  private Digests() {}

  static String sha256(byte[] bytes) {
    return "sha256:" + HexFormat.of().formatHex(newSha256().digest(bytes));
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
