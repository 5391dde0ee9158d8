package dev.warren.domain.port.out;

import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.shared.Checks;
import java.time.Duration;
import java.util.List;

/**
 * What the cluster CA is asked to certify: the subject (CN = name, O = cluster id, OU = role), the
 * subject alternative names besides those a CSR asks for, the key, and how long it is valid.
 */
public record CertificateRequest(
    Identity subject,
    List<String> dnsNames,
    List<String> ipAddresses,
    KeySource key,
    Duration validity) {
  public CertificateRequest {
    Checks.notNull("subject", subject);
    dnsNames = Checks.list("dns names", dnsNames);
    ipAddresses = Checks.list("ip addresses", ipAddresses);
    Checks.notNull("key source", key);
    Checks.notNull("validity", validity);
    if (validity.isNegative() || validity.isZero()) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "certificate validity must be positive, got " + validity);
    }
  }
}
