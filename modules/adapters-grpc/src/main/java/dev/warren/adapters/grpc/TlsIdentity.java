package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;

/**
 * A server's TLS identity as PEM text: its certificate chain (its own certificate first, then the
 * cluster CA) and its private key (PKCS#8 "PRIVATE KEY", EC P-256 or RSA; PKCS#1 "RSA PRIVATE KEY"
 * is accepted too). Parsed when the server starts or reloads it.
 */
public record TlsIdentity(String certificateChainPem, String privateKeyPem) {
  public TlsIdentity {
    Checks.notBlank("certificate chain pem", certificateChainPem);
    Checks.notBlank("private key pem", privateKeyPem);
  }

  @Override
  public String toString() {
    return "TlsIdentity[certificateChainPem="
        + certificateChainPem.length()
        + " chars, key hidden]";
  }
}
