package dev.warren.adapters.crypto;

import dev.warren.adapters.crypto.pem.PemCodec;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.KeyAndCsrPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * {@link KeyAndCsrPort} on Bouncy Castle: an EC P-256 key (the kind the cluster CA's own
 * certificates use) and a PKCS#10 request signed SHA256withECDSA. Thread-safe; every call makes a
 * new key from a {@link SecureRandom}.
 */
public final class BcCsrAdapter implements KeyAndCsrPort {
  private static final String CURVE = "secp256r1";
  private static final String SIGNATURE = "SHA256withECDSA";

  private final BouncyCastleProvider provider = new BouncyCastleProvider();
  private final SecureRandom random = new SecureRandom();

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the provider cannot make an EC P-256 key or sign (a broken
   *     runtime, not a user mistake)
   */
  @Override
  public GeneratedCsr newKeyAndCsr(String commonName) {
    Checks.notBlank("common name", commonName);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
      generator.initialize(new ECGenParameterSpec(CURVE), random);
      KeyPair keys = generator.generateKeyPair();
      ContentSigner signer =
          new JcaContentSignerBuilder(SIGNATURE).setProvider(provider).build(keys.getPrivate());
      var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
      byte[] csr =
          new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
              .build(signer)
              .getEncoded();
      String key =
          new String(
              PemCodec.encodePrivateKey(keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
      return new GeneratedCsr(key, csrPem(csr));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(
          "cannot create an EC P-256 key and CSR: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the CSR", e);
    }
  }

  private static String csrPem(byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN CERTIFICATE REQUEST-----\n" + body + "\n-----END CERTIFICATE REQUEST-----\n";
  }
}
