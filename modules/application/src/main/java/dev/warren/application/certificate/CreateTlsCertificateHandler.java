package dev.warren.application.certificate;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.CertificateChange.CertificateCreated;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.shared.HostNames;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.out.CertificateInspectorPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.InspectedCertificate;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.SecretCipherPort;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * Stores a TLS certificate: the inspector parses the PEMs and proves the key matches; here the
 * hosts are checked against the certificate's DNS names (RFC 6125 wildcards) and its expiry against
 * the clock; the key is sealed with the cluster data key before it is proposed, so only ciphertext
 * reaches the log and the store. A certificate that is not yet valid is accepted (it may be
 * installed ahead of time).
 */
public record CreateTlsCertificateHandler(
    ClusterStatePort state,
    ReplicatedLogPort log,
    InstantSource clock,
    CertificateInspectorPort inspector,
    SecretCipherPort cipher)
    implements CreateTlsCertificateUseCase {

  @Override
  public TlsCertificateInfo create(CreateTlsCertificateRequest request) {
    String name = request.name();
    // Before the parsing, which is the expensive part.
    Lookups.requireNameFree(state, log, EntityKind.CERTIFICATE, "TLS certificate", name);
    InspectedCertificate inspected = inspector.inspect(request.certPem(), request.keyPem());
    Instant now = StoredTime.now(clock);
    if (!inspected.notAfter().isAfter(now)) {
      throw new InvalidSpecException(
          "certificate pem has expired (not after " + inspected.notAfter() + "); renew it first");
    }
    List<String> hosts = hosts(request, inspected);
    TlsCertificate certificate =
        new TlsCertificate(
            CertificateId.random(),
            name,
            hosts,
            request.certPem(),
            cipher.seal(request.keyPem()),
            inspected.issuer(),
            inspected.notBefore(),
            inspected.notAfter(),
            false,
            request.labels(),
            now,
            now);
    Futures.await(
        log.propose(new CertificateCreated(certificate)), "creating TLS certificate " + name);
    return TlsCertificateInfo.of(certificate);
  }

  /** The requested hosts, each covered by a DNS name of the certificate; else all its names. */
  private static List<String> hosts(
      CreateTlsCertificateRequest request, InspectedCertificate inspected) {
    if (inspected.dnsNames().isEmpty()) {
      throw new InvalidSpecException(
          "certificate pem names no DNS hosts (it has no DNS subject alternative names), so no"
              + " ingress host can use it");
    }
    if (request.hosts().isEmpty()) {
      return inspected.dnsNames();
    }
    for (String host : request.hosts()) {
      if (inspected.dnsNames().stream().noneMatch(name -> HostNames.covers(name, host))) {
        throw new InvalidSpecException(
            "certificate host '"
                + host
                + "' is not covered by the certificate's DNS names: "
                + String.join(", ", inspected.dnsNames()));
      }
    }
    return request.hosts();
  }
}
