package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.SecretCipherPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link SecretCipherPort} must have: what is sealed opens to itself, names the
 * key it was sealed under, does not show the plaintext, and anything altered or sealed under
 * another key id is refused as a failed precondition that does not reveal the plaintext. An
 * implementation's test extends this class and says how to make a cipher; one that keeps its key in
 * a directory also says how to open it again.
 */
public abstract class SecretCipherPortContract {
  private static final String PLAINTEXT = "db-password=hunter2";
  private static final Bytes SECRET = Bytes.of(PLAINTEXT.getBytes(StandardCharsets.UTF_8));

  private Path directory;
  private SecretCipherPort cipher;

  protected SecretCipherPortContract() {}

  /**
   * The cipher kept in {@code directory}: with a new key if the directory does not exist yet, with
   * the key found there otherwise (for a cipher that {@link #keepsItsKey keeps its key}).
   */
  protected abstract SecretCipherPort newCipher(Path directory);

  /** Whether the key outlives the cipher, in its directory. False by default. */
  protected boolean keepsItsKey() {
    return false;
  }

  @BeforeEach
  public void createCipher(@TempDir Path dir) {
    directory = dir.resolve("keys");
    cipher = newCipher(directory);
  }

  @Test
  public void whatIsSealedOpensToItself() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }

    assertThat(cipher.open(cipher.seal(SECRET))).isEqualTo(SECRET);
    assertThat(cipher.open(cipher.seal(Bytes.empty()))).isEqualTo(Bytes.empty());
    assertThat(cipher.open(cipher.seal(Bytes.of(everyByte)))).isEqualTo(Bytes.of(everyByte));
  }

  @Test
  public void sealedDataNamesTheCurrentKeyAndDoesNotShowThePlaintext() {
    SealedData first = cipher.seal(SECRET);
    SealedData second = cipher.seal(Bytes.of(new byte[] {1, 2, 3}));

    assertThat(first.keyId()).isNotBlank().isEqualTo(second.keyId());
    assertThat(contains(first.ciphertext().toArray(), SECRET.toArray())).isFalse();
  }

  @Test
  public void alteringAnyPartOfTheSealedDataIsRefused() {
    SealedData sealed = cipher.seal(SECRET);
    int size = sealed.ciphertext().size();

    for (int index : new int[] {0, size / 2, size - 1}) {
      byte[] altered = sealed.ciphertext().toArray();
      altered[index] ^= 0x01;
      assertRefused(new SealedData(sealed.keyId(), Bytes.of(altered)));
    }
    assertRefused(
        new SealedData(
            sealed.keyId(), Bytes.of(Arrays.copyOf(sealed.ciphertext().toArray(), size - 1))));
    assertRefused(new SealedData(sealed.keyId(), Bytes.empty()));
  }

  @Test
  public void dataSealedUnderAnotherKeyIdIsRefused() {
    SealedData sealed = cipher.seal(SECRET);

    assertRefused(new SealedData(sealed.keyId() + "-other", sealed.ciphertext()));
  }

  @Test
  public void aReopenedCipherOpensWhatItSealedBefore() {
    assumeTrue(keepsItsKey(), "the cipher under test keeps no key");
    SealedData sealed = cipher.seal(SECRET);

    SecretCipherPort reopened = newCipher(directory);

    assertThat(reopened.open(sealed)).isEqualTo(SECRET);
    assertThat(reopened.seal(SECRET).keyId()).isEqualTo(sealed.keyId());
  }

  private void assertRefused(SealedData sealed) {
    assertThatThrownBy(() -> cipher.open(sealed))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageNotContaining(PLAINTEXT);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    for (int start = 0; start + needle.length <= haystack.length; start++) {
      if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }
}
