package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;

/**
 * What makes a node a full manager besides its certificate: the cluster CA (certificate and private
 * key, PEM) and the cluster data key that seals secrets. It travels only from one manager to a
 * joining one over mutual TLS; {@link #toString} shows no key material (nor does {@link Bytes}).
 *
 * @param caCertificatePem the cluster CA certificate, PEM
 * @param caPrivateKeyPem the CA's private key, PKCS#8 PEM
 * @param dataKey the raw cluster data key
 */
public record ClusterKeys(Bytes caCertificatePem, Bytes caPrivateKeyPem, Bytes dataKey) {
  public ClusterKeys {
    Checks.notNull("CA certificate", caCertificatePem);
    Checks.notNull("CA private key", caPrivateKeyPem);
    Checks.notNull("data key", dataKey);
  }

  @Override
  public String toString() {
    return "ClusterKeys[caCertificate="
        + caCertificatePem.size()
        + " bytes, caPrivateKey=<hidden>, dataKey=<hidden>]";
  }
}
