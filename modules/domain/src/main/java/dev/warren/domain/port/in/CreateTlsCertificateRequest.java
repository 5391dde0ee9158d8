package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.HostNames;
import dev.warren.domain.model.shared.InputLimits;
import java.util.List;
import java.util.Map;

/**
 * Store a TLS certificate and its private key under a unique name. {@code hosts} are the names it
 * is for; empty means every DNS name in the certificate. The string form never shows the PEM
 * contents ({@link Bytes} prints only a length).
 */
public record CreateTlsCertificateRequest(
    String name, List<String> hosts, Bytes certPem, Bytes keyPem, Map<String, String> labels) {
  /** Far more than a certificate chain and key need; keeps replicated entries small. */
  public static final int MAX_PEM_BYTES = 64 * 1024;

  public CreateTlsCertificateRequest {
    Checks.name("certificate name", name);
    hosts = Checks.list("certificate hosts", hosts);
    Checks.maxCount("certificate hosts", hosts, InputLimits.HOSTS);
    hosts.forEach(host -> HostNames.check("certificate host", host));
    pem("certificate pem", certPem);
    pem("certificate key pem", keyPem);
    labels = Checks.map("certificate labels", labels);
    InputLimits.labels("certificate labels", labels);
  }

  private static void pem(String field, Bytes value) {
    Checks.notNull(field, value);
    if (value.isEmpty()) {
      throw new InvalidSpecException(field + " is required");
    }
    if (value.size() > MAX_PEM_BYTES) {
      throw new InvalidSpecException(
          field + " is " + value.size() + " bytes; at most " + MAX_PEM_BYTES + " are allowed");
    }
  }
}
