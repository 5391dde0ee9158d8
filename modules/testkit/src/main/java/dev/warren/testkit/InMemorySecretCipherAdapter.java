package dev.warren.testkit;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.SecretCipherPort;

/**
 * A stand-in for the data-key cipher: "seals" by flipping every byte (so sealed data never equals
 * the plaintext) under a fixed key id, and opens only what it sealed. No secrecy at all; only for
 * tests. Thread-safe.
 */
public final class InMemorySecretCipherAdapter implements SecretCipherPort {
  public static final String KEY_ID = "in-memory-key";

  @Override
  public SealedData seal(Bytes plaintext) {
    return new SealedData(KEY_ID, flip(plaintext));
  }

  /**
   * @throws FailedPreconditionException if {@code sealed} names another key id
   */
  @Override
  public Bytes open(SealedData sealed) {
    if (!KEY_ID.equals(sealed.keyId())) {
      throw new FailedPreconditionException(
          "data sealed with key " + sealed.keyId() + " cannot be opened with " + KEY_ID);
    }
    return flip(sealed.ciphertext());
  }

  private static Bytes flip(Bytes bytes) {
    byte[] flipped = bytes.toArray();
    for (int i = 0; i < flipped.length; i++) {
      flipped[i] = (byte) ~flipped[i];
    }
    return Bytes.of(flipped);
  }
}
