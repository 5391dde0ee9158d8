package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;

/**
 * Where the key of a certificate to issue comes from: the client's own (a PKCS#10 request, so no
 * private key crosses the wire) or one the CA generates and returns once.
 */
public sealed interface KeySource {

  /** A PEM {@code CERTIFICATE REQUEST} signed with the key to certify; its subject is ignored. */
  record Csr(String pem) implements KeySource {
    public Csr {
      Checks.notBlank("csr", pem);
    }

    /** Never the PEM itself: string forms end up in logs. */
    @Override
    public String toString() {
      return "Csr[" + pem.length() + " chars]";
    }
  }

  /** An EC P-256 key made by the CA, returned as PKCS#8 PEM ({@code PRIVATE KEY}). */
  record GenerateEcP256() implements KeySource {}

  /**
   * An RSA 2048 key made by the CA, returned as PKCS#1 PEM ({@code RSA PRIVATE KEY}): what Warren
   * gives a client that sends no CSR.
   */
  record GenerateRsaPkcs1() implements KeySource {}
}
