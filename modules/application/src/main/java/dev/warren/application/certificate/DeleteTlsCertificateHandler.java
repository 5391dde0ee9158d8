package dev.warren.application.certificate;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.CertificateChange;
import dev.warren.domain.change.CertificateChange.CertificateDeleted;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Deletes a TLS certificate that no ingress uses. */
public record DeleteTlsCertificateHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements DeleteTlsCertificateUseCase {

  @Override
  public void delete(DeleteTlsCertificateRequest request) {
    // Fast answers (NOT_FOUND, in use); the apply logic checks both again at commit.
    TlsCertificate certificate =
        StateQueries.current(
            state,
            log,
            reader -> {
              TlsCertificate found = CertificateLookup.find(reader, request.certificate());
              CertificateChange.requireUnused(reader, found);
              return found;
            });
    Futures.await(
        log.propose(new CertificateDeleted(certificate.id())),
        "deleting TLS certificate " + certificate.name());
  }
}
