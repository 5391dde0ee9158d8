package dev.warren.application.certificate;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one TLS certificate by id or name, without its key. */
public final class GetTlsCertificateHandler implements GetTlsCertificateUseCase {
  private final StateQueries queries;

  public GetTlsCertificateHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public TlsCertificateInfo get(GetTlsCertificateRequest request) {
    return queries.read(
        request.consistency(),
        reader -> TlsCertificateInfo.of(CertificateLookup.find(reader, request.certificate())));
  }
}
