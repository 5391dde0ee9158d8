package dev.warren.testkit;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.SecretCipherPort;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reversible stand-in for the cluster data key, with no security at all: it flips every bit of
 * the payload, so that tests can see that what is stored differs from the plaintext and still opens
 * to it. It refuses sealed data of another key id, as the real cipher does. Thread-safe.
 */
public final class InMemorySecretCipherAdapter implements SecretCipherPort {
  /** The key id every payload sealed here carries. */
  public static final String KEY_ID = "in-memory-key";

  private final AtomicInteger sealed = new AtomicInteger();

  @Override
  public SealedData seal(Bytes plaintext) {
    sealed.incrementAndGet();
    return new SealedData(KEY_ID, flip(plaintext));
  }

  @Override
  public Bytes open(SealedData data) {
    if (!data.keyId().equals(KEY_ID)) {
      throw new FailedPreconditionException("unknown data key id: " + data.keyId());
    }
    return flip(data.ciphertext());
  }

  /** How many payloads were sealed, to check that a refused request sealed nothing. */
  public int sealedCount() {
    return sealed.get();
  }

  private static Bytes flip(Bytes bytes) {
    byte[] content = bytes.toArray();
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ~content[i];
    }
    return Bytes.of(content);
  }
}
