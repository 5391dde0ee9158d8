package dev.warren.tls;

import dev.warren.domain.model.shared.Checks;

/**
 * What a client needs for mutual TLS, as PEM text: its certificate (the CA may follow), its private
 * key (PKCS#8, or PKCS#1 RSA) and the cluster CA certificate it trusts servers by.
 */
public record ClientTlsIdentity(
    String certificatePem, String privateKeyPem, String caCertificatePem) {
  public ClientTlsIdentity {
    Checks.notBlank("client certificate pem", certificatePem);
    Checks.notBlank("client private key pem", privateKeyPem);
    Checks.notBlank("CA certificate pem", caCertificatePem);
  }

  @Override
  public String toString() {
    return "ClientTlsIdentity[key hidden]";
  }
}
