package dev.warren.testkit;

import dev.warren.domain.port.out.JoinTokenSecretPort;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Predictable join token secrets ({@code secret1}, {@code secret2}, …) and a reversible stand-in
 * for the hash ({@code fake:} + the secret backwards), so tests can tell a hash from a secret.
 * Thread-safe; no security at all.
 */
public final class InMemoryJoinTokenSecretAdapter implements JoinTokenSecretPort {
  private final AtomicInteger issued = new AtomicInteger();

  @Override
  public String newSecret() {
    return "secret" + issued.incrementAndGet();
  }

  @Override
  public String hash(String secret) {
    return "fake:" + new StringBuilder(secret).reverse();
  }
}
