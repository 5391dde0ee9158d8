package dev.warren.adapters.crypto;

import static dev.warren.adapters.crypto.TestCertificates.certificatePem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.InspectedCertificate;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class BcCertificateInspectorAdapterIT {
  private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");
  private static final KeyPair EC = TestCertificates.ec();
  private static final byte[] EC_CERT =
      certificatePem(
          EC,
          "CN=Example Issuing CA,O=Example",
          List.of("Example.com", "*.example.com"),
          NOT_BEFORE,
          NOT_AFTER);

  private final BcCertificateInspectorAdapter inspector = new BcCertificateInspectorAdapter();

  private InspectedCertificate inspect(byte[] certificate, byte[] key) {
    return inspector.inspect(Bytes.of(certificate), Bytes.of(key));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void readsDnsNamesIssuerAndValidityOfAMatchingEcPair() {
    InspectedCertificate inspected = inspect(EC_CERT, TestCertificates.pkcs8(EC));

    assertThat(inspected.dnsNames()).containsExactly("example.com", "*.example.com");
    assertThat(inspected.issuer()).isEqualTo("Example Issuing CA");
    assertThat(inspected.notBefore()).isEqualTo(NOT_BEFORE);
    assertThat(inspected.notAfter()).isEqualTo(NOT_AFTER);
  }

  @Test
  void acceptsSec1EcKeysWithOrWithoutAnEcParametersBlock() {
    byte[] sec1 = TestCertificates.traditional(EC);
    assertThat(new String(sec1, StandardCharsets.US_ASCII)).contains("BEGIN EC PRIVATE KEY");
    byte[] withParameters =
        TestCertificates.concat(
            ascii("-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"),
            sec1);

    assertThat(inspect(EC_CERT, sec1).dnsNames()).hasSize(2);
    assertThat(inspect(EC_CERT, withParameters).dnsNames()).hasSize(2);
  }

  @Test
  void acceptsRsaKeysAsPkcs1AndPkcs8() {
    KeyPair rsa = TestCertificates.rsa();
    byte[] certificate =
        certificatePem(rsa, "CN=RSA CA", List.of("rsa.example.com"), NOT_BEFORE, NOT_AFTER);
    byte[] pkcs1 = TestCertificates.traditional(rsa);
    assertThat(new String(pkcs1, StandardCharsets.US_ASCII)).contains("BEGIN RSA PRIVATE KEY");

    assertThat(inspect(certificate, pkcs1).dnsNames()).containsExactly("rsa.example.com");
    assertThat(inspect(certificate, TestCertificates.pkcs8(rsa)).issuer()).isEqualTo("RSA CA");
  }

  @Test
  void acceptsEd25519Keys() {
    KeyPair ed = TestCertificates.ed25519();
    byte[] certificate =
        certificatePem(ed, "CN=Ed CA", List.of("ed.example.com"), NOT_BEFORE, NOT_AFTER);

    assertThat(inspect(certificate, TestCertificates.pkcs8(ed)).dnsNames())
        .containsExactly("ed.example.com");
  }

  @Test
  void chainIsReadFromItsFirstCertificate() {
    KeyPair caKeys = TestCertificates.ec();
    byte[] intermediate =
        certificatePem(caKeys, "CN=Root", List.of("ca.example.net"), NOT_BEFORE, NOT_AFTER);

    InspectedCertificate inspected =
        inspect(TestCertificates.concat(EC_CERT, intermediate), TestCertificates.pkcs8(EC));

    assertThat(inspected.dnsNames()).containsExactly("example.com", "*.example.com");
  }

  @Test
  void issuerWithoutCommonNameIsTheWholeName() {
    byte[] certificate =
        certificatePem(EC, "O=Example,C=US", List.of("example.com"), NOT_BEFORE, NOT_AFTER);

    assertThat(inspect(certificate, TestCertificates.pkcs8(EC)).issuer())
        .isEqualTo("O=Example,C=US");
  }

  @Test
  void certificateWithoutSubjectAlternativeNamesHasNoDnsNames() {
    byte[] certificate = certificatePem(EC, "CN=CA", List.of(), NOT_BEFORE, NOT_AFTER);

    assertThat(inspect(certificate, TestCertificates.pkcs8(EC)).dnsNames()).isEmpty();
  }

  @Test
  void expiredCertificateIsStillParsedSoTheCallerCanSayItExpired() {
    byte[] expired =
        certificatePem(
            EC,
            "CN=CA",
            List.of("old.example.com"),
            Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2021-01-01T00:00:00Z"));

    assertThat(inspect(expired, TestCertificates.pkcs8(EC)).notAfter())
        .isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
  }

  @Test
  void keyOfAnotherCertificateIsRejected() {
    KeyPair other = TestCertificates.ec();

    assertThatThrownBy(() -> inspect(EC_CERT, TestCertificates.pkcs8(other)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "certificate key pem does not match the certificate's public key; is it the key of"
                + " another certificate?");
  }

  @Test
  void keyOfAnotherAlgorithmIsRejected() {
    KeyPair rsa = TestCertificates.rsa();

    assertThatThrownBy(() -> inspect(EC_CERT, TestCertificates.pkcs8(rsa)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("certificate key pem is a key of type RSA")
        .hasMessageContaining("public key is of type EC");
  }

  @Test
  void encryptedKeyIsRejectedWithAdvice() {
    assertThatThrownBy(() -> inspect(EC_CERT, TestCertificates.encryptedPkcs8(EC)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("certificate key pem is encrypted")
        .hasMessageContaining("openssl pkey");
  }

  @Test
  void swappedFilesAreNamed() {
    byte[] key = TestCertificates.pkcs8(EC);

    assertThatThrownBy(() -> inspect(key, EC_CERT))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "certificate pem must hold only certificates, but it holds a private key; pass the"
                + " private key separately, never in clear");
  }

  @Test
  void certificateFileWithTheKeyInsideIsRefusedSoTheKeyIsNeverPublished() {
    byte[] key = TestCertificates.pkcs8(EC);

    assertThatThrownBy(() -> inspect(TestCertificates.concat(EC_CERT, key), key))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("certificate pem must hold only certificates");
  }

  @Test
  void keyFileHoldingACertificateIsNamed() {
    assertThatThrownBy(() -> inspect(EC_CERT, EC_CERT))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate key pem must hold a private key, but it holds a certificate");
  }

  @Test
  void nonPemInputIsRejected() {
    byte[] der =
        Base64.getMimeDecoder()
            .decode(
                new String(EC_CERT, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", ""));

    assertThatThrownBy(() -> inspect(der, TestCertificates.pkcs8(EC)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate pem holds no PEM certificate (BEGIN CERTIFICATE)");
    assertThatThrownBy(() -> inspect(EC_CERT, ascii("hello")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("certificate key pem holds no PEM private key");
  }

  @Test
  void brokenBase64IsRejectedNamingTheField() {
    byte[] broken =
        ascii("-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n");

    assertThatThrownBy(() -> inspect(broken, TestCertificates.pkcs8(EC)))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("certificate pem is not valid PEM holding a certificate");
  }

  @Test
  void messagesNeverContainKeyMaterial() {
    byte[] key = TestCertificates.pkcs8(TestCertificates.ec());
    String keyBody = new String(key, StandardCharsets.US_ASCII).split("\n")[1].substring(0, 20);

    assertThatThrownBy(() -> inspect(EC_CERT, key))
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(keyBody));
  }
}
