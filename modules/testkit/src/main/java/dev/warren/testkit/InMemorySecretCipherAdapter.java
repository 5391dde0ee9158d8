package dev.warren.testkit;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.SecretCipherPort;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A reversible stand-in for the cluster data key, with no security at all: it flips every bit of
 * the payload, so that tests can see that what is stored differs from the plaintext and still opens
 * to it, and appends a CRC-32 of the plaintext, so that altered data is refused as the real cipher
 * refuses it. It refuses sealed data of another key id too. Thread-safe.
 */
public final class InMemorySecretCipherAdapter implements SecretCipherPort {
  /** The key id every payload sealed here carries. */
  public static final String KEY_ID = "in-memory-key";

  private static final int CHECKSUM_BYTES = Integer.BYTES;

  private final AtomicInteger sealed = new AtomicInteger();

  @Override
  public SealedData seal(Bytes plaintext) {
    sealed.incrementAndGet();
    byte[] content = flip(plaintext.toArray());
    byte[] withChecksum = Arrays.copyOf(content, content.length + CHECKSUM_BYTES);
    ByteBuffer.wrap(withChecksum, content.length, CHECKSUM_BYTES).putInt(crc(plaintext.toArray()));
    return new SealedData(KEY_ID, Bytes.of(withChecksum));
  }

  @Override
  public Bytes open(SealedData data) {
    if (!data.keyId().equals(KEY_ID)) {
      throw new FailedPreconditionException("unknown data key id: " + data.keyId());
    }
    byte[] sealedBytes = data.ciphertext().toArray();
    if (sealedBytes.length < CHECKSUM_BYTES) {
      throw new FailedPreconditionException("the sealed data is too short to be opened");
    }
    int length = sealedBytes.length - CHECKSUM_BYTES;
    byte[] plaintext = flip(Arrays.copyOf(sealedBytes, length));
    if (ByteBuffer.wrap(sealedBytes, length, CHECKSUM_BYTES).getInt() != crc(plaintext)) {
      throw new FailedPreconditionException("the sealed data was altered and cannot be opened");
    }
    return Bytes.of(plaintext);
  }

  /** How many payloads were sealed, to check that a refused request sealed nothing. */
  public int sealedCount() {
    return sealed.get();
  }

  private static byte[] flip(byte[] content) {
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ~content[i];
    }
    return content;
  }

  private static int crc(byte[] content) {
    var crc = new CRC32();
    crc.update(content);
    return (int) crc.getValue();
  }
}
