package dev.warren.adapters.crypto;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.SecretCipherPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the cluster data key. A sealed payload is {@code nonce (12 bytes) || ciphertext
 * || tag (16 bytes)} with a fresh random nonce per seal; the key id (the first 16 hex characters of
 * the key's SHA-256) travels in {@link SealedData#keyId()} and is authenticated as associated data,
 * so a payload cannot be passed off under another key id.
 *
 * <p>AES-GCM comes from the JDK's own provider rather than Bouncy Castle's: the JDK's uses the
 * processor's AES and carry-less multiply instructions, which are fast and free of the table-lookup
 * timing leaks of a pure-Java implementation.
 *
 * <p>Thread-safe: every call uses its own {@link Cipher}. Neither the key nor any plaintext ever
 * appears in an exception message.
 */
public final class BcSecretCipherAdapter implements SecretCipherPort {
  static final String KEY_FILE = "data.key";

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_ID_HEX_CHARS = 16;

  private final SecretKey key;
  private final String keyId;
  private final byte[] associatedData;
  private final SecureRandom random;

  private BcSecretCipherAdapter(byte[] keyBytes, SecureRandom random) {
    this.key = new SecretKeySpec(keyBytes, "AES");
    this.keyId = keyIdOf(keyBytes);
    this.associatedData = keyId.getBytes(StandardCharsets.US_ASCII);
    this.random = random;
  }

  /**
   * Loads the data key from {@code data.key} in {@code keysDirectory}, or, when there is none yet,
   * creates a random 256-bit key there: the directory as 0700 if missing, the file as 0600 by an
   * atomic rename. Meant to be called once per process; two processes creating a key in the same
   * directory at once would each keep their own.
   *
   * @throws FailedPreconditionException if {@code data.key} exists but is not a 256-bit key
   * @throws UncheckedIOException if the key cannot be read or written
   */
  public static BcSecretCipherAdapter openOrCreate(Path keysDirectory) {
    Path keyFile = Objects.requireNonNull(keysDirectory, "keysDirectory").resolve(KEY_FILE);
    SecureRandom random = new SecureRandom();
    byte[] keyBytes;
    try {
      keyBytes =
          Files.exists(keyFile) ? readKey(keyFile) : createKey(keysDirectory, keyFile, random);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the cluster data key " + keyFile, e);
    }
    try {
      return new BcSecretCipherAdapter(keyBytes, random);
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
    }
  }

  /** {@inheritDoc} A fresh random nonce each time, so equal plaintexts seal differently. */
  @Override
  public SealedData seal(Bytes plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] clear = plaintext.toArray();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(clear.length)];
      System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
      cipher.doFinal(clear, 0, clear.length, sealed, NONCE_BYTES);
      return new SealedData(keyId, Bytes.of(sealed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot run " + TRANSFORMATION, e);
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws FailedPreconditionException if the payload names another key id, is too short, or fails
   *     authentication
   */
  @Override
  public Bytes open(SealedData sealed) {
    Objects.requireNonNull(sealed, "sealed");
    if (!keyId.equals(sealed.keyId())) {
      throw undecryptable(sealed.keyId(), "it was sealed with another key", null);
    }
    byte[] payload = sealed.ciphertext().toArray();
    if (payload.length < NONCE_BYTES + TAG_BITS / Byte.SIZE) {
      throw undecryptable(sealed.keyId(), "the ciphertext is truncated", null);
    }
    byte[] clear = null;
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      clear = cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES);
      return Bytes.of(clear);
    } catch (AEADBadTagException e) {
      throw undecryptable(sealed.keyId(), "the ciphertext fails authentication", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot run " + TRANSFORMATION, e);
    } finally {
      if (clear != null) {
        Arrays.fill(clear, (byte) 0);
      }
    }
  }

  private FailedPreconditionException undecryptable(
      String sealedKeyId, String reason, Throwable cause) {
    return new FailedPreconditionException(
        "secret sealed with data key "
            + sealedKeyId
            + " cannot be decrypted with this cluster's data key "
            + keyId
            + ": "
            + reason,
        cause);
  }

  private static byte[] readKey(Path keyFile) throws IOException {
    byte[] keyBytes = Files.readAllBytes(keyFile);
    if (keyBytes.length != KEY_BYTES) {
      Arrays.fill(keyBytes, (byte) 0);
      throw new FailedPreconditionException(
          "the cluster data key "
              + keyFile
              + " is corrupt (expected "
              + KEY_BYTES
              + " bytes); restore it from a backup or another manager");
    }
    return keyBytes;
  }

  private static byte[] createKey(Path keysDirectory, Path keyFile, SecureRandom random)
      throws IOException {
    byte[] keyBytes = new byte[KEY_BYTES];
    random.nextBytes(keyBytes);
    try {
      FileSecrets.createPrivateDirectory(keysDirectory);
      FileSecrets.writeAtomically(keyFile, keyBytes, FileSecrets.OWNER_ONLY_FILE);
    } catch (IOException e) {
      Arrays.fill(keyBytes, (byte) 0);
      throw e;
    }
    return keyBytes;
  }

  private static String keyIdOf(byte[] keyBytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
      return HexFormat.of().formatHex(digest).substring(0, KEY_ID_HEX_CHARS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
