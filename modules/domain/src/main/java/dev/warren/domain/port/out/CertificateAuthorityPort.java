package dev.warren.domain.port.out;

import dev.warren.domain.model.cluster.ClusterId;
import java.util.Optional;

/**
 * The cluster's certificate authority. The root key never leaves the manager's data directory
 * except to a joining manager over mutual TLS.
 */
public interface CertificateAuthorityPort {

  /**
   * Creates the cluster root (ECDSA P-256, self-signed) and stores key and certificate in the data
   * directory with owner-only permissions.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException if a CA already exists there
   * @throws java.io.UncheckedIOException if the files cannot be written
   */
  CaCertificate createRoot(ClusterId clusterId);

  /** The stored CA certificate, if this data directory has one. */
  Optional<CaCertificate> load();

  /**
   * Signs a leaf certificate with the cluster root: subject CN = name, O = cluster id, OU = role; a
   * random 128-bit serial; valid from five minutes before now (clock skew) for {@code validity};
   * key usage for TLS client and server. For a {@link KeySource.Csr} the CSR's signature is
   * verified, its subject ignored and its DNS and IP subject alternative names added to the
   * request's; otherwise the CA generates the key and returns it. Thread-safe.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the CSR is not PEM PKCS#10, its
   *     signature does not verify, its key is neither EC P-256 nor RSA of at least 2048 bits, or a
   *     name or address is malformed
   * @throws dev.warren.domain.error.FailedPreconditionException if this data directory has no CA
   *     key (a manager that did not create the cluster and has not received the CA yet)
   */
  IssuedCertificate issue(CertificateRequest request);
}
