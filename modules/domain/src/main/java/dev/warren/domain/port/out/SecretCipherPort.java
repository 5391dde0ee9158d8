package dev.warren.domain.port.out;

import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;

/** Seals and opens secret payloads with the cluster data key (authenticated encryption). */
public interface SecretCipherPort {

  /** Encrypts {@code plaintext} under the current data key; the result names the key id. */
  SealedData seal(Bytes plaintext);

  /**
   * Decrypts {@code sealed}.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if the key is unknown or the
   *     ciphertext was tampered with
   */
  Bytes open(SealedData sealed);
}
