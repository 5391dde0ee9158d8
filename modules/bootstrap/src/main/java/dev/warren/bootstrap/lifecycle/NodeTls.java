package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.raft.RaftTls;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * This manager's TLS material, settled before anything listens: the cluster CA (created on a new
 * data directory, with a new cluster id), the cluster id it names, and the node certificate (reused
 * or issued, see {@link NodeCertificate}) that both the API and the Raft port serve and present.
 * Raft needs it before it starts, and the cluster record then takes the CA's cluster id.
 *
 * @param clusterId the cluster id the CA was created for
 * @param caCertificatePem the cluster CA certificate
 * @param certificate issues and stores this manager's certificate (renewal uses it too)
 * @param initial the certificate in force at start
 * @param raft the Raft port's identity and trust; {@link RaftTls#reload} on renewal
 */
public record NodeTls(
    ClusterId clusterId,
    String caCertificatePem,
    NodeCertificate certificate,
    NodeCertificate.Current initial,
    RaftTls raft) {
  public NodeTls {
    Objects.requireNonNull(clusterId, "cluster id");
    Objects.requireNonNull(caCertificatePem, "CA certificate");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(initial, "initial certificate");
    Objects.requireNonNull(raft, "raft tls");
  }

  /**
   * Loads the CA, or creates it when this data directory holds no cluster yet, then loads or issues
   * the node certificate.
   *
   * @param clusterExists whether the local state already holds a cluster record: then a missing CA
   *     is an error, not a new cluster
   * @throws FailedPreconditionException if the cluster exists but its CA certificate is missing
   * @throws java.io.UncheckedIOException if the CA or the certificate cannot be written
   */
  public static NodeTls ensure(
      ManagerConfig config,
      CertificateAuthorityPort authority,
      boolean clusterExists,
      InstantSource clock) {
    CaCertificate ca =
        authority
            .load()
            .orElseGet(
                () -> {
                  if (clusterExists) {
                    throw new FailedPreconditionException(
                        "data directory "
                            + config.dataDir()
                            + " holds a cluster but no CA certificate in "
                            + config.pkiDir());
                  }
                  return authority.createRoot(ClusterId.random());
                });
    String caPem = new String(ca.certificatePem().toArray(), StandardCharsets.US_ASCII);
    var certificate =
        new NodeCertificate(
            config.pkiDir(),
            authority,
            new Identity(config.nodeId().value(), ca.clusterId(), Role.MANAGER),
            caPem,
            List.of(config.apiListen().host(), config.raftListen().host()),
            clock,
            RandomGenerator.getDefault());
    NodeCertificate.Current initial = certificate.loadOrIssue();
    var raft =
        RaftTls.fromPem(
            initial.identity().certificateChainPem(), initial.identity().privateKeyPem(), caPem);
    return new NodeTls(ca.clusterId(), caPem, certificate, initial, raft);
  }
}
