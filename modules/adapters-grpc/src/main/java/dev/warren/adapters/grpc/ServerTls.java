package dev.warren.adapters.grpc;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Checks;
import java.time.InstantSource;

/**
 * Mutual TLS for the API listener: the server's identity, the cluster CA that client certificates
 * must be issued by (PEM), the cluster id their O must carry, and the clock their validity is
 * judged by.
 */
public record ServerTls(
    TlsIdentity identity, String caCertificatePem, ClusterId clusterId, InstantSource clock) {
  public ServerTls {
    Checks.notNull("server identity", identity);
    Checks.notBlank("CA certificate pem", caCertificatePem);
    Checks.notNull("cluster id", clusterId);
    Checks.notNull("clock", clock);
  }

  /** Mutual TLS judged by the system clock. */
  public ServerTls(TlsIdentity identity, String caCertificatePem, ClusterId clusterId) {
    this(identity, caCertificatePem, clusterId, InstantSource.system());
  }
}
