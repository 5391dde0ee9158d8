package dev.warren.domain.model.certificate;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a stored TLS certificate. */
public record CertificateId(String value) {
  public CertificateId {
    Checks.id("certificate id", value);
  }

  public static CertificateId of(String value) {
    return new CertificateId(value);
  }

  public static CertificateId random() {
    return new CertificateId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
