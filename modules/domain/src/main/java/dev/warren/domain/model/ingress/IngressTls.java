package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.Checks;
import java.util.List;

/** TLS termination of an ingress: a stored certificate, or automatic issuance. */
public record IngressTls(
    boolean enabled, String secretName, List<String> hosts, boolean autoTls, String email) {
  public IngressTls {
    Checks.notNull("ingress tls secret name", secretName);
    hosts = Checks.list("ingress tls hosts", hosts);
    Checks.notNull("ingress tls email", email);
  }
}
