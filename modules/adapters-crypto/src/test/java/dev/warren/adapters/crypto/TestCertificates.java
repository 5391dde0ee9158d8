package dev.warren.adapters.crypto;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Real certificates and keys, made with Bouncy Castle, in the PEM forms users bring. */
final class TestCertificates {
  static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  private TestCertificates() {}

  static KeyPair ec() {
    return generate("EC", new ECGenParameterSpec("secp256r1"));
  }

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519", PROVIDER).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair generate(String algorithm, ECGenParameterSpec spec) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, PROVIDER);
      generator.initialize(spec);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A certificate for {@code keys} issued by "CN=issuer" with these DNS names. */
  static byte[] certificatePem(
      KeyPair keys, String issuer, List<String> dnsNames, Instant notBefore, Instant notAfter) {
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              new X500Name(issuer),
              BigInteger.valueOf(System.nanoTime()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name("CN=" + (dnsNames.isEmpty() ? "nobody" : dnsNames.get(0))),
              keys.getPublic());
      if (!dnsNames.isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(
                dnsNames.stream()
                    .map(name -> new GeneralName(GeneralName.dNSName, name))
                    .toArray(GeneralName[]::new)));
      }
      String algorithm =
          switch (keys.getPrivate().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "Ed25519" -> "Ed25519";
            default -> "SHA256withECDSA";
          };
      X509CertificateHolder certificate =
          builder.build(
              new JcaContentSignerBuilder(algorithm)
                  .setProvider(PROVIDER)
                  .build(keys.getPrivate()));
      return pem(certificate);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** PKCS#8 ("PRIVATE KEY"). */
  static byte[] pkcs8(KeyPair keys) {
    try {
      return pem(new JcaPKCS8Generator(keys.getPrivate(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** OpenSSL's traditional form: "RSA PRIVATE KEY" (PKCS#1) or "EC PRIVATE KEY" (SEC1). */
  static byte[] traditional(KeyPair keys) {
    return pem(keys.getPrivate());
  }

  /** PKCS#8 encrypted under a passphrase ("ENCRYPTED PRIVATE KEY"). */
  static byte[] encryptedPkcs8(KeyPair keys) {
    try {
      var encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
              .setProvider(PROVIDER)
              .setPassword("passphrase".toCharArray())
              .build();
      return pem(new JcaPKCS8Generator(keys.getPrivate(), encryptor));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    var all = new StringBuilder();
    for (byte[] part : parts) {
      all.append(new String(part, StandardCharsets.US_ASCII));
    }
    return all.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] pem(Object object) {
    var out = new StringWriter();
    try (var writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
