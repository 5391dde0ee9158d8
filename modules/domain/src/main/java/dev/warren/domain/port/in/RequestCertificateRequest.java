package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.Optional;

/**
 * Redeem a join token for a certificate: {@code name} becomes the CN (a node id, or an admin's
 * name); with a CSR the client keeps its key, without one the manager generates an RSA key as
 * Warren does. {@link #toString} hides the token.
 */
public record RequestCertificateRequest(String name, String token, Optional<String> csrPem) {
  public RequestCertificateRequest {
    Checks.notNull("name", name);
    Checks.notNull("join token", token);
    Checks.notNull("csr", csrPem);
    Checks.maxLength("name", name, InputLimits.TOKEN_CHARS);
    InputLimits.joinToken(token);
    csrPem.ifPresent(pem -> Checks.maxLength("csr", pem, InputLimits.CSR_CHARS));
  }

  @Override
  public String toString() {
    return "RequestCertificateRequest[name="
        + name
        + ", token=<hidden>, csr="
        + (csrPem.isPresent() ? "present" : "none")
        + "]";
  }
}
