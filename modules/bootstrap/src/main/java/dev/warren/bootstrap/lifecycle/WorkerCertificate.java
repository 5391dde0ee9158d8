package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.adapters.grpc.TlsIdentity;
import dev.warren.application.security.RenewalSchedule;
import dev.warren.cli.cluster.CertificateRequester;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeyAndCsrPort;
import dev.warren.tls.CertificateFacts;
import dev.warren.tls.PemFiles;
import dev.warren.tls.PemMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A standalone worker's certificate in {@code <data>/pki}: {@code node.crt} (its certificate, then
 * the CA), {@code node.key} (mode 0600; made on this node, only a CSR is ever sent) and {@code
 * ca.crt}. Obtained from a manager with the worker join token over TLS pinned to the token's CA
 * digest, and obtained again the same way to renew it. A stored certificate is reused while it is
 * for this node id, role worker and the token's CA, and before its renewal point.
 */
final class WorkerCertificate {
  private static final String CERTIFICATE_FILE = "node.crt";
  private static final String KEY_FILE = "node.key";
  private static final String CA_FILE = "ca.crt";

  /** The certificate in force and what it says about the cluster. */
  record Held(NodeCertificate.Current current, String caCertificatePem, ClusterId clusterId) {}

  private final Path pkiDir;
  private final NodeId node;
  private final String caDigest;
  private final String token;
  private final List<TcpAddress> managers;
  private final Duration deadline;
  private final KeyAndCsrPort keys;
  private final InstantSource clock;
  private final RandomGenerator random = RandomGenerator.getDefault();

  WorkerCertificate(
      Path pkiDir,
      NodeId node,
      String caDigest,
      String token,
      List<TcpAddress> managers,
      Duration deadline,
      KeyAndCsrPort keys,
      InstantSource clock) {
    this.pkiDir = Objects.requireNonNull(pkiDir, "pki dir");
    this.node = Objects.requireNonNull(node, "node");
    this.caDigest = Objects.requireNonNull(caDigest, "CA digest");
    this.token = Objects.requireNonNull(token, "token");
    this.managers = List.copyOf(managers);
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The stored certificate, if it is this node's, of the token's CA and not yet due. */
  Optional<Held> load() {
    Path chainFile = pkiDir.resolve(CERTIFICATE_FILE);
    Path keyFile = pkiDir.resolve(KEY_FILE);
    Path caFile = pkiDir.resolve(CA_FILE);
    if (!Files.isRegularFile(chainFile)
        || !Files.isRegularFile(keyFile)
        || !Files.isRegularFile(caFile)) {
      return Optional.empty();
    }
    try {
      String chainPem = Files.readString(chainFile, StandardCharsets.US_ASCII);
      String keyPem = Files.readString(keyFile, StandardCharsets.US_ASCII);
      String caPem = Files.readString(caFile, StandardCharsets.US_ASCII);
      X509Certificate ca = CertificateFacts.first("the stored CA certificate", caPem);
      List<X509Certificate> chain = PemMaterial.certificates("the node certificate", chainPem);
      X509Certificate leaf = chain.getFirst();
      leaf.verify(ca.getPublicKey());
      PemMaterial.privateKey("the node key", keyPem);
      Instant now = clock.instant();
      Instant notBefore = leaf.getNotBefore().toInstant();
      Instant notAfter = leaf.getNotAfter().toInstant();
      Instant renewAt = RenewalSchedule.renewAt(notBefore, notAfter, random);
      if (!CertificateFacts.sha256Digest(ca).equals(caDigest)
          || !isThisWorker(leaf)
          || now.isBefore(notBefore)
          || !now.isBefore(renewAt)) {
        return Optional.empty();
      }
      return Optional.of(
          new Held(
              new NodeCertificate.Current(
                  new TlsIdentity(chainPem, keyPem),
                  leaf.getSerialNumber().toString(16),
                  notAfter,
                  renewAt),
              caPem,
              clusterOf(leaf)));
    } catch (IOException | GeneralSecurityException | RuntimeException unusable) {
      // Unreadable, corrupt, foreign or due: a new certificate replaces it.
      return Optional.empty();
    }
  }

  /**
   * Asks the managers in turn for a new certificate (new key, CSR, the join token), checks it and
   * stores it.
   *
   * @throws UnavailableException if no manager can be reached
   * @throws UnauthenticatedException if the server is not a manager of the token's cluster
   * @throws PermissionDeniedException if the token is refused or is not a worker token
   * @throws UncheckedIOException if the files cannot be written
   */
  Held request() {
    GeneratedCsr generated = keys.newKeyAndCsr(node.value());
    IssuedCertificate issued = redeem(generated);
    X509Certificate ca =
        CertificateFacts.first("the CA certificate sent", issued.caCertificatePem());
    if (!CertificateFacts.sha256Digest(ca).equals(caDigest)) {
      throw new UnauthenticatedException(
          "the manager answered with a CA other than the token's; nothing was written");
    }
    X509Certificate leaf = CertificateFacts.first("the certificate sent", issued.certificatePem());
    if (!isThisWorker(leaf)) {
      throw new PermissionDeniedException(
          "the token gave a "
              + CertificateFacts.subjectAttribute(leaf, "OU").orElse("unknown")
              + " certificate; 'warren worker start' needs a worker token from 'warren cluster"
              + " join-token worker'");
    }
    String chain = issued.certificatePem() + issued.caCertificatePem();
    try {
      Files.createDirectories(pkiDir);
      PemFiles.writePrivate(pkiDir, KEY_FILE, generated.privateKeyPem());
      PemFiles.writePrivate(pkiDir, CERTIFICATE_FILE, chain);
      PemFiles.writePrivate(pkiDir, CA_FILE, issued.caCertificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the node certificate in " + pkiDir, e);
    }
    return new Held(
        new NodeCertificate.Current(
            new TlsIdentity(chain, generated.privateKeyPem()),
            issued.serialHex(),
            issued.notAfter(),
            RenewalSchedule.renewAt(issued.notBefore(), issued.notAfter(), random)),
        issued.caCertificatePem(),
        clusterOf(leaf));
  }

  private IssuedCertificate redeem(GeneratedCsr generated) {
    var request =
        new RequestCertificateRequest(node.value(), token, Optional.of(generated.csrPem()));
    UnavailableException last = null;
    for (TcpAddress manager : managers) {
      try (GrpcWarrenClient client =
          GrpcWarrenClient.pinnedCa(manager.host(), manager.port(), caDigest, deadline)) {
        return client.requestCertificate(request);
      } catch (UnavailableException unreachable) {
        if (CertificateRequester.pinRefused(unreachable)) {
          throw new UnauthenticatedException(
              "the server at "
                  + manager
                  + " is not a manager of the token's cluster: its certificate chain does not hold"
                  + " the CA with digest "
                  + caDigest
                  + " (check --manager and --token)",
              unreachable);
        }
        last = unreachable;
      }
    }
    throw new UnavailableException(
        "cannot reach any manager at "
            + managers
            + " to obtain this worker's certificate ("
            + Objects.requireNonNull(last).getMessage()
            + ")",
        last);
  }

  private boolean isThisWorker(X509Certificate leaf) {
    return CertificateFacts.subjectAttribute(leaf, "CN").orElse("").equals(node.value())
        && CertificateFacts.subjectAttribute(leaf, "OU").orElse("").equals(Role.WORKER.wireName());
  }

  private static ClusterId clusterOf(X509Certificate leaf) {
    return ClusterId.of(CertificateFacts.subjectAttribute(leaf, "O").orElseThrow());
  }
}
