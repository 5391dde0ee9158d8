package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;

/**
 * A private key (PKCS#8 PEM, {@code PRIVATE KEY}) and the PKCS#10 request signed with it ({@code
 * CERTIFICATE REQUEST} PEM). {@link #toString} never shows the key.
 */
public record GeneratedCsr(String privateKeyPem, String csrPem) {
  public GeneratedCsr {
    Checks.notBlank("private key pem", privateKeyPem);
    Checks.notBlank("csr pem", csrPem);
  }

  @Override
  public String toString() {
    return "GeneratedCsr[privateKey=<hidden>]";
  }
}
