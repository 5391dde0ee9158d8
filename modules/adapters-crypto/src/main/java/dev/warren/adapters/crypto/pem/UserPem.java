package dev.warren.adapters.crypto.pem;

import dev.warren.domain.error.InvalidSpecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.encoders.DecoderException;

/**
 * Reads the PEM files users bring: a certificate (or chain) and a private key in any of the
 * encodings OpenSSL writes. Every failure is an {@link InvalidSpecException} that names the field
 * and says what was found; no message ever contains key material.
 */
public final class UserPem {
  private final JcaPEMKeyConverter keys;

  public UserPem(Provider provider) {
    this.keys = new JcaPEMKeyConverter().setProvider(Objects.requireNonNull(provider, "provider"));
  }

  /**
   * The first certificate of {@code pem}. Every block must be a certificate: the file is stored and
   * served in clear, so a private key pasted into it is refused rather than published.
   *
   * @throws InvalidSpecException naming {@code field}
   */
  public X509CertificateHolder firstCertificate(String field, byte[] pem) {
    X509CertificateHolder first = null;
    try (PEMParser parser = parser(pem)) {
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (!(block instanceof X509CertificateHolder certificate)) {
          throw new InvalidSpecException(
              field
                  + " must hold only certificates, but it holds "
                  + describe(block)
                  + (isPrivateKey(block)
                      ? "; pass the private key separately, never in clear"
                      : ""));
        }
        if (first == null) {
          first = certificate;
        }
      }
    } catch (IOException | DecoderException | IllegalArgumentException e) {
      throw unreadable(field, "a certificate", e);
    }
    if (first == null) {
      throw new InvalidSpecException(field + " holds no PEM certificate (BEGIN CERTIFICATE)");
    }
    return first;
  }

  /**
   * The private key in {@code pem}: PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY})
   * or SEC1 ({@code EC PRIVATE KEY}, after an optional {@code EC PARAMETERS} block).
   *
   * @throws InvalidSpecException naming {@code field} if there is no key, it is encrypted, or it
   *     cannot be decoded
   */
  public PrivateKey privateKey(String field, byte[] pem) {
    Object block;
    try (PEMParser parser = parser(pem)) {
      block = parser.readObject();
      while (block instanceof ASN1ObjectIdentifier || block instanceof X9ECParameters) {
        block = parser.readObject();
      }
    } catch (IOException | DecoderException | IllegalArgumentException e) {
      throw unreadable(field, "a private key", e);
    }
    try {
      return switch (block) {
        case null -> throw new InvalidSpecException(field + " holds no PEM private key");
        case PrivateKeyInfo pkcs8 -> keys.getPrivateKey(pkcs8);
        case PEMKeyPair pair -> keys.getPrivateKey(pair.getPrivateKeyInfo());
        case PKCS8EncryptedPrivateKeyInfo encrypted -> throw encrypted(field);
        case PEMEncryptedKeyPair encrypted -> throw encrypted(field);
        default ->
            throw new InvalidSpecException(
                field + " must hold a private key, but it holds " + describe(block));
      };
    } catch (IOException e) {
      throw unreadable(field, "a private key", e);
    }
  }

  /**
   * The public key of {@code certificate}.
   *
   * @throws InvalidSpecException if its algorithm is unknown to the provider
   */
  public PublicKey publicKey(String field, X509CertificateHolder certificate) {
    try {
      return keys.getPublicKey(certificate.getSubjectPublicKeyInfo());
    } catch (IOException e) {
      throw new InvalidSpecException(
          field + " has a public key this manager cannot read (" + reason(e) + ")", e);
    }
  }

  private static PEMParser parser(byte[] pem) {
    return new PEMParser(
        new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.US_ASCII));
  }

  private static InvalidSpecException encrypted(String field) {
    return new InvalidSpecException(
        field
            + " is encrypted; give the key without a passphrase (for example: openssl pkey -in"
            + " key.pem -out plain.pem)");
  }

  /** The library's message says what is broken (never key bytes: it reports structure only). */
  private static InvalidSpecException unreadable(String field, String what, Exception e) {
    return new InvalidSpecException(
        field + " is not valid PEM holding " + what + " (" + reason(e) + ")", e);
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean isPrivateKey(Object block) {
    return block instanceof PrivateKeyInfo
        || block instanceof PEMKeyPair
        || block instanceof PKCS8EncryptedPrivateKeyInfo
        || block instanceof PEMEncryptedKeyPair;
  }

  private static String describe(Object block) {
    return switch (block) {
      case X509CertificateHolder certificate -> "a certificate";
      case PrivateKeyInfo pkcs8 -> "a private key";
      case PEMKeyPair pair -> "a private key";
      case PKCS8EncryptedPrivateKeyInfo encrypted -> "an encrypted private key";
      case PEMEncryptedKeyPair encrypted -> "an encrypted private key";
      case SubjectPublicKeyInfo publicKey -> "a public key";
      default -> "a " + block.getClass().getSimpleName();
    };
  }
}
