package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.shared.Checks;

/** How a caller names a TLS certificate: by id or by its unique name. */
public sealed interface CertificateRef {

  record ById(CertificateId id) implements CertificateRef {
    public ById {
      Checks.notNull("certificate id", id);
    }
  }

  record ByName(String name) implements CertificateRef {
    public ByName {
      Checks.name("certificate name", name);
    }
  }

  /**
   * The certificate that warren.v1's id and name fields name: the id when it is set, else the name.
   *
   * @throws InvalidSpecException if both are empty or the one used is malformed
   */
  static CertificateRef of(String id, String name) {
    if (id != null && !id.isEmpty()) {
      return new ById(CertificateId.of(id));
    }
    if (name == null || name.isEmpty()) {
      throw new InvalidSpecException("certificate id or name is required");
    }
    return new ByName(name);
  }
}
