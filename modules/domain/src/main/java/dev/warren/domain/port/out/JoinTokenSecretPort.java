package dev.warren.domain.port.out;

/**
 * The secrets in join tokens: fresh random ones, and the one-way hash under which a secret is
 * stored in the replicated state (the secret itself never is).
 *
 * <p>Implementations are thread-safe.
 */
public interface JoinTokenSecretPort {

  /**
   * A fresh secret from a cryptographically strong random source: at least 128 bits, written with
   * lowercase letters and digits only (URL-safe, and never a '-', which separates a token's parts).
   */
  String newSecret();

  /**
   * The hash stored for {@code secret}, as {@code <algorithm>:<lowercase hex>}; the same secret
   * always gives the same hash, so a presented token can be checked against it.
   */
  String hash(String secret);
}
