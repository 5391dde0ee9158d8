package dev.warren.application.certificate;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.List;

/** Lists every TLS certificate without keys, ordered by name. */
public record ListTlsCertificatesHandler(StateQueries queries)
    implements ListTlsCertificatesUseCase {

  @Override
  public List<TlsCertificateInfo> list(ListTlsCertificatesRequest request) {
    return queries.listByName(
        request.consistency(),
        EntityKind.CERTIFICATE,
        TlsCertificateInfo::of,
        TlsCertificateInfo::name);
  }
}
