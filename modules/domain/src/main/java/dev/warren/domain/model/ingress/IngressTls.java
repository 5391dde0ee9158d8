package dev.warren.domain.model.ingress;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.HostNames;
import java.util.List;
import java.util.Optional;

/**
 * TLS termination of an ingress: a stored certificate, named by {@code secretName} (the name of a
 * TLS certificate, as in Warren's API), or automatic issuance ({@code autoTls}). Enabled TLS needs
 * one of the two.
 */
public record IngressTls(
    boolean enabled, String secretName, List<String> hosts, boolean autoTls, String email) {
  public IngressTls {
    Checks.notNull("ingress tls secret name", secretName);
    if (!secretName.isEmpty()) {
      Checks.name("ingress tls secret name", secretName);
    } else if (enabled && !autoTls) {
      throw new InvalidSpecException(
          "ingress tls secret name is required when tls is enabled: name a TLS certificate,"
              + " or ask for auto tls");
    }
    hosts = Checks.list("ingress tls hosts", hosts);
    hosts.forEach(host -> HostNames.check("ingress tls host", host));
    Checks.notNull("ingress tls email", email);
  }

  /** The certificate this TLS section refers to, if it names one. */
  public Optional<String> certificateName() {
    return secretName.isEmpty() ? Optional.empty() : Optional.of(secretName);
  }
}
