package dev.warren.adapters.crypto;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Join token secrets from the JDK's {@link SecureRandom}: 160 random bits written as 32 characters
 * of lowercase base32 ({@code a-z}, {@code 2-7}). Stored as {@code sha256:<hex>}: a plain, unsalted
 * hash is enough because the secret is random and long, so it cannot be guessed from its hash.
 *
 * <p>Thread-safe.
 */
public final class JcaJoinTokenSecretAdapter implements JoinTokenSecretPort {
  static final int SECRET_BITS = 160;
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final String HASH_PREFIX = "sha256:";

  private final SecureRandom random;

  public JcaJoinTokenSecretAdapter() {
    this(new SecureRandom());
  }

  JcaJoinTokenSecretAdapter(SecureRandom random) {
    this.random = random;
  }

  @Override
  public String newSecret() {
    byte[] bytes = new byte[SECRET_BITS / Byte.SIZE];
    random.nextBytes(bytes);
    var secret = new StringBuilder(SECRET_BITS / 5);
    // 160 bits are exactly 32 groups of 5 bits: no padding.
    for (int bit = 0; bit < SECRET_BITS; bit += 5) {
      int value = 0;
      for (int i = 0; i < 5; i++) {
        int b = bit + i;
        value = value << 1 | (bytes[b / 8] >> (7 - b % 8)) & 1;
      }
      secret.append(BASE32[value]);
    }
    return secret.toString();
  }

  @Override
  public String hash(String secret) {
    Checks.notBlank("join token secret", secret);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HASH_PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
