package dev.warren.domain.port.in;

import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.util.Optional;

/** A TLS certificate as one caller may see it: the private key PEM only for managers. */
public record TlsCertificateReading(TlsCertificateInfo certificate, Optional<Bytes> keyPem) {
  public TlsCertificateReading {
    Checks.notNull("certificate", certificate);
    Checks.notNull("key pem", keyPem);
  }
}
