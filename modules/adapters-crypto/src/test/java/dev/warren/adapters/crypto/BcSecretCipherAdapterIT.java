package dev.warren.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BcSecretCipherAdapterIT {
  private static final String PLAINTEXT = "db-password=hunter2";
  private static final Bytes SECRET = Bytes.of(PLAINTEXT.getBytes(StandardCharsets.UTF_8));
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BYTES = 16;

  @TempDir Path dataDirectory;

  private Path keys() {
    return dataDirectory.resolve("keys");
  }

  private static SealedData flipBit(SealedData sealed, int index) {
    byte[] bytes = sealed.ciphertext().toArray();
    bytes[index] ^= 0x01;
    return new SealedData(sealed.keyId(), Bytes.of(bytes));
  }

  @Test
  void sealedDataIsNonceThenCiphertextAndTagUnderTheKeysId() throws Exception {
    BcSecretCipherAdapter cipher = BcSecretCipherAdapter.openOrCreate(keys());
    byte[] key = Files.readAllBytes(keys().resolve("data.key"));

    SealedData sealed = cipher.seal(SECRET);

    assertThat(sealed.ciphertext().size()).isEqualTo(NONCE_BYTES + SECRET.size() + TAG_BYTES);
    assertThat(sealed.keyId())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key))
                .substring(0, 16));
  }

  @Test
  void sealingTheSamePlaintextTwiceGivesDifferentCiphertexts() {
    BcSecretCipherAdapter cipher = BcSecretCipherAdapter.openOrCreate(keys());

    SealedData first = cipher.seal(SECRET);
    SealedData second = cipher.seal(SECRET);

    assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    byte[] firstBytes = first.ciphertext().toArray();
    byte[] secondBytes = second.ciphertext().toArray();
    assertThat(Arrays.copyOf(firstBytes, NONCE_BYTES))
        .isNotEqualTo(Arrays.copyOf(secondBytes, NONCE_BYTES));
  }

  @Test
  void tamperingWithNonceCiphertextOrTagIsRefusedWithoutRevealingThePlaintext() {
    BcSecretCipherAdapter cipher = BcSecretCipherAdapter.openOrCreate(keys());
    SealedData sealed = cipher.seal(SECRET);
    int last = sealed.ciphertext().size() - 1;

    for (int index : new int[] {0, NONCE_BYTES, NONCE_BYTES + 5, last}) {
      assertThatThrownBy(() -> cipher.open(flipBit(sealed, index)))
          .isInstanceOf(FailedPreconditionException.class)
          .hasMessageContaining("cannot be decrypted with this cluster's data key")
          .hasMessageNotContaining(PLAINTEXT);
    }
  }

  @Test
  void truncatedCiphertextIsRefused() {
    BcSecretCipherAdapter cipher = BcSecretCipherAdapter.openOrCreate(keys());
    SealedData sealed = cipher.seal(SECRET);
    byte[] shortPayload = Arrays.copyOf(sealed.ciphertext().toArray(), NONCE_BYTES + 3);

    assertThatThrownBy(() -> cipher.open(new SealedData(sealed.keyId(), Bytes.of(shortPayload))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("cannot be decrypted with this cluster's data key");
  }

  @Test
  void anUnknownKeyIdIsRefused() {
    BcSecretCipherAdapter cipher = BcSecretCipherAdapter.openOrCreate(keys());
    SealedData sealed = cipher.seal(SECRET);

    assertThatThrownBy(() -> cipher.open(new SealedData("0123456789abcdef", sealed.ciphertext())))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("0123456789abcdef")
        .hasMessageContaining("cannot be decrypted with this cluster's data key");
  }

  @Test
  void theKeyPersistsAcrossOpenOrCreateCalls() throws Exception {
    SealedData sealed = BcSecretCipherAdapter.openOrCreate(keys()).seal(SECRET);
    byte[] key = Files.readAllBytes(keys().resolve("data.key"));

    BcSecretCipherAdapter reopened = BcSecretCipherAdapter.openOrCreate(keys());

    assertThat(reopened.open(sealed)).isEqualTo(SECRET);
    assertThat(reopened.seal(SECRET).keyId()).isEqualTo(sealed.keyId());
    assertThat(Files.readAllBytes(keys().resolve("data.key"))).isEqualTo(key);
  }

  @Test
  void anotherClustersKeyCannotOpenTheData() {
    SealedData sealed = BcSecretCipherAdapter.openOrCreate(keys()).seal(SECRET);
    BcSecretCipherAdapter other =
        BcSecretCipherAdapter.openOrCreate(dataDirectory.resolve("other-keys"));
    String otherKeyId = other.seal(SECRET).keyId();

    assertThat(otherKeyId).isNotEqualTo(sealed.keyId());
    assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(FailedPreconditionException.class);
    assertThatThrownBy(() -> other.open(new SealedData(otherKeyId, sealed.ciphertext())))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageNotContaining(PLAINTEXT);
  }

  @Test
  void theKeyFileIsA256BitKeyReadableOnlyByItsOwner() throws Exception {
    BcSecretCipherAdapter.openOrCreate(keys());
    Path keyFile = keys().resolve("data.key");

    assertThat(Files.size(keyFile)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys())))
        .isEqualTo("rwx------");
  }

  @Test
  void aKeyFileOfTheWrongSizeIsRefusedNamingIt() throws Exception {
    Files.createDirectories(keys());
    Path keyFile = keys().resolve("data.key");
    Files.write(keyFile, new byte[] {1, 2, 3});

    assertThatThrownBy(() -> BcSecretCipherAdapter.openOrCreate(keys()))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining(keyFile.toString());
  }
}
