package dev.warren.domain.port.in;

import dev.warren.domain.port.out.IssuedCertificate;

/**
 * Issues a cluster certificate against a join token: the one operation a caller without a
 * certificate may perform.
 */
public interface RequestCertificateUseCase {
  /**
   * Verifies the token and issues a certificate for its role (CN = the request's name, O = the
   * cluster id, OU = the role), recording the issue in the replicated log (never key material).
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the token is not a Warren join token,
   *     the name breaks the node-id rules, or the CSR is malformed or does not verify
   * @throws dev.warren.domain.error.PermissionDeniedException if the token is for another cluster,
   *     unknown, rotated or expired; the message says which
   * @throws dev.warren.domain.error.FailedPreconditionException if the cluster is not initialized
   *     or this manager holds no CA key
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  IssuedCertificate request(RequestCertificateRequest request);
}
