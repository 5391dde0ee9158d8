package dev.warren.domain.port.out;

import dev.warren.domain.model.cluster.ClusterId;
import java.util.Optional;

/**
 * The cluster's certificate authority. The root key never leaves the manager's data directory
 * except to a joining manager over mutual TLS.
 */
public interface CertificateAuthorityPort {

  /**
   * Creates the cluster root (ECDSA P-256, self-signed) and stores key and certificate in the
   * data directory with owner-only permissions.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if a CA already exists there
   * @throws java.io.UncheckedIOException if the files cannot be written
   */
  CaCertificate createRoot(ClusterId clusterId);

  /** The stored CA certificate, if this data directory has one. */
  Optional<CaCertificate> load();
}
