package dev.warren.application.security;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.IdentityChange.CertificateIssued;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * Redeems a join token for a {@link NodeCertificates#VALIDITY 90-day} certificate of the token's
 * role: CN = the requested name, O = the cluster id, OU = the role, subject alternative names as
 * the CSR asks. With a CSR no key is made here; without one the CA makes an RSA key as Warren does.
 * Every issue is recorded in the replicated log ({@link CertificateIssued}: name, role, serial,
 * expiry; never key material), so it shows in the event stream.
 *
 * <p>A token may be redeemed more than once until it expires or is rotated, as in Warren.
 * Thread-safe.
 */
public final class RequestCertificateHandler implements RequestCertificateUseCase {
  private final StateQueries queries;
  private final ReplicatedLogPort log;
  private final CertificateAuthorityPort authority;
  private final JoinTokenVerifier verifier;
  private final InstantSource clock;

  public RequestCertificateHandler(
      StateQueries queries,
      ReplicatedLogPort log,
      CertificateAuthorityPort authority,
      JoinTokenVerifier verifier,
      InstantSource clock) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.log = Objects.requireNonNull(log, "log");
    this.authority = Objects.requireNonNull(authority, "authority");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public IssuedCertificate request(RequestCertificateRequest request) {
    NodeId name = NodeId.of(request.name());
    record Redeemed(Cluster cluster, JoinToken token) {}
    Redeemed redeemed =
        queries.read(
            ReadConsistency.LINEARIZABLE,
            reader -> {
              JoinToken token = verifier.verify(reader, request.token());
              // verify() has checked that the cluster exists.
              Cluster cluster = reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID).orElseThrow();
              return new Redeemed(cluster, token);
            });
    KeySource key =
        request
            .csrPem()
            .filter(pem -> !pem.isBlank())
            .<KeySource>map(KeySource.Csr::new)
            .orElseGet(KeySource.GenerateRsaPkcs1::new);
    IssuedCertificate issued =
        authority.issue(
            new CertificateRequest(
                new Identity(name.value(), redeemed.cluster().id(), redeemed.token().role()),
                List.of(),
                List.of(),
                key,
                NodeCertificates.VALIDITY));
    Futures.await(
        log.propose(
            new CertificateIssued(
                name,
                redeemed.token().role(),
                issued.serialHex(),
                StoredTime.now(clock),
                issued.notAfter())),
        "recording the certificate issued to " + name);
    return issued;
  }
}
