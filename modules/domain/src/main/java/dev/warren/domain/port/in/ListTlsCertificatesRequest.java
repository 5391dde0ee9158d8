package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** List every TLS certificate (never their keys). */
public record ListTlsCertificatesRequest(ReadConsistency consistency) {
  public ListTlsCertificatesRequest {
    Checks.notNull("consistency", consistency);
  }
}
