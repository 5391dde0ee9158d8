package dev.warren.adapters.crypto.x509;

import dev.warren.domain.error.InvalidSpecException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Objects;

/**
 * Proves that a private key is the other half of a public key by signing a random challenge with
 * one and verifying it with the other: one check for every algorithm, with no key arithmetic of our
 * own.
 */
public final class KeyMatch {
  private static final int CHALLENGE_BYTES = 32;

  private final Provider provider;
  private final SecureRandom random;

  public KeyMatch(Provider provider, SecureRandom random) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * @throws InvalidSpecException naming {@code keyField} if the algorithms differ, the algorithm is
   *     not supported, or the keys do not belong together
   */
  public void require(String keyField, PrivateKey privateKey, PublicKey publicKey) {
    String keyFamily = family(privateKey.getAlgorithm());
    String certificateFamily = family(publicKey.getAlgorithm());
    if (!keyFamily.equals(certificateFamily)) {
      throw new InvalidSpecException(
          keyField
              + " is a key of type "
              + keyFamily
              + ", but the certificate's public key is of type "
              + certificateFamily
              + "; they do not belong together");
    }
    String algorithm = signatureAlgorithm(keyField, keyFamily);
    byte[] challenge = new byte[CHALLENGE_BYTES];
    random.nextBytes(challenge);
    byte[] signature;
    try {
      Signature signer = Signature.getInstance(algorithm, provider);
      signer.initSign(privateKey, random);
      signer.update(challenge);
      signature = signer.sign();
    } catch (GeneralSecurityException e) {
      throw new InvalidSpecException(keyField + " cannot sign with " + algorithm, e);
    }
    boolean matches;
    try {
      Signature verifier = Signature.getInstance(algorithm, provider);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      matches = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // A key of another curve or size cannot even be checked against this one.
      matches = false;
    }
    if (!matches) {
      throw new InvalidSpecException(
          keyField
              + " does not match the certificate's public key; is it the key of another"
              + " certificate?");
    }
  }

  private static String family(String algorithm) {
    return switch (algorithm) {
      case "ECDSA", "EC" -> "EC";
      default -> algorithm;
    };
  }

  private static String signatureAlgorithm(String keyField, String family) {
    return switch (family) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "Ed448" -> family;
      case "DSA" -> "SHA256withDSA";
      default ->
          throw new InvalidSpecException(
              keyField
                  + " is a key of type "
                  + family
                  + "; supported: RSA, EC, Ed25519, Ed448, DSA");
    };
  }
}
