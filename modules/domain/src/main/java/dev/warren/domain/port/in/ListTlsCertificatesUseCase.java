package dev.warren.domain.port.in;

import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.util.List;

/** Lists TLS certificates without their keys. */
public interface ListTlsCertificatesUseCase {
  /**
   * @return every certificate, ordered by name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<TlsCertificateInfo> list(ListTlsCertificatesRequest request);
}
