package dev.warren.cli.cluster;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import java.security.cert.CertificateException;
import java.time.Duration;

/**
 * Redeems a join token at a manager that must prove it holds a certificate of the CA whose SHA-256
 * digest the token carries (TLS without a client certificate).
 */
@FunctionalInterface
public interface CertificateRequester {

  /**
   * @throws dev.warren.domain.error.PermissionDeniedException if the manager refuses the token
   * @throws dev.warren.domain.error.UnavailableException if the manager cannot be reached or its
   *     certificate chain does not hold the pinned CA (the TLS handshake fails)
   */
  IssuedCertificate request(
      TcpAddress manager, String caDigest, Duration deadline, RequestCertificateRequest request);

  /**
   * Whether {@code failure} (an {@link dev.warren.domain.error.UnavailableException} of {@link
   * #request}, or a cause of one) means the TLS handshake failed because the server's certificate
   * chain lacks the pinned CA: the server is no manager of the token's cluster, so trying again
   * cannot help.
   */
  static boolean pinRefused(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertificateException
          || String.valueOf(cause.getMessage()).contains("pinned by the join token")) {
        return true;
      }
    }
    return false;
  }
}
