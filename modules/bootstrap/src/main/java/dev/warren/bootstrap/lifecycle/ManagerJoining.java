package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.adapters.raft.RatisReplicatedLogAdapter;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.ManagerJoin;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.ClusterKeys;
import dev.warren.domain.port.out.ClusterKeysPort;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeyAndCsrPort;
import dev.warren.tls.CertificateFacts;
import dev.warren.tls.ClientTlsIdentity;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The two steps by which a new manager joins a running cluster, around the start of its own parts.
 *
 * <p>Before its CA and cipher open: {@link #receiveKeys} redeems the manager join token for a
 * manager certificate (the key is made here, only a CSR is sent, over TLS pinned to the token's CA
 * digest), then presents that certificate to ask a manager for the cluster keys (the CA and the
 * data key, over mutual TLS; warren.managers.v1's ShareClusterKeys, which only managers may call)
 * and stores them. From then on the data directory holds what a manager's does, and the node
 * certificate is issued locally as on any manager.
 *
 * <p>After its Raft server runs, empty and outside the group: {@link #joinGroup} asks a manager to
 * add it as a voter (JoinCluster, with the token again), then waits until a linearizable read
 * succeeds here, so that the local state has caught up with the group before anything reads it.
 *
 * <p>Key material is never logged.
 */
public final class ManagerJoining {
  private static final System.Logger LOG = System.getLogger(ManagerJoining.class.getName());
  private static final Pattern TOKEN = Pattern.compile("WRN-1-([0-9a-fA-F]{64})-\\S+");

  /** One call to a manager; adding a member waits for it to catch up, so it may take a while. */
  private static final Duration CALL_DEADLINE = Duration.ofSeconds(60);

  /** How long the new member may take to serve its first linearizable read. */
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  private ManagerJoining() {}

  /**
   * Obtains a manager certificate with the token and, presenting it, the cluster keys; stores the
   * keys through {@code keys}.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the token is malformed
   * @throws UnauthenticatedException if a server is not a manager of the token's cluster
   * @throws PermissionDeniedException if the token is refused or is not a manager token
   * @throws UnavailableException if no manager can be reached
   */
  public static void receiveKeys(
      ManagerConfig config, ManagerJoin join, KeyAndCsrPort csrs, ClusterKeysPort keys) {
    String digest = caDigest(join.token());
    GeneratedCsr generated = csrs.newKeyAndCsr(config.nodeId().value());
    ClusterKeys received =
        firstAnswering(
            join,
            "obtain the cluster keys",
            manager -> {
              IssuedCertificate issued;
              try (GrpcWarrenClient anonymous =
                  GrpcWarrenClient.pinnedCa(
                      manager.host(), manager.port(), digest, CALL_DEADLINE)) {
                issued =
                    anonymous.requestCertificate(
                        new RequestCertificateRequest(
                            config.nodeId().value(),
                            join.token(),
                            Optional.of(generated.csrPem())));
              }
              requireManagerCertificate(issued);
              var identity =
                  new ClientTlsIdentity(
                      issued.certificatePem() + issued.caCertificatePem(),
                      generated.privateKeyPem(),
                      issued.caCertificatePem());
              try (GrpcWarrenClient asManager =
                  GrpcWarrenClient.mutualTls(
                      manager.host(), manager.port(), identity, CALL_DEADLINE)) {
                return asManager.shareClusterKeys();
              }
            });
    X509Certificate ca =
        CertificateFacts.first(
            "the CA certificate sent",
            new String(received.caCertificatePem().toArray(), StandardCharsets.US_ASCII));
    if (!CertificateFacts.sha256Digest(ca).equals(digest)) {
      throw new UnauthenticatedException(
          "the manager sent a CA other than the token's; nothing was written");
    }
    keys.install(received);
    LOG.log(
        Level.INFO,
        "node {0} received the cluster keys and will join as a manager",
        config.nodeId());
  }

  /**
   * Has a manager add this node's Raft server (running, outside the group) as a voter, then waits
   * until the local state has caught up with the group.
   *
   * @param identity this manager's node certificate, presented to the manager it asks
   * @throws UnavailableException if no manager can add it, or it does not catch up in time
   */
  public static void joinGroup(
      ManagerConfig config,
      ManagerJoin join,
      ClientTlsIdentity identity,
      RatisReplicatedLogAdapter log,
      TcpAddress raftAddress) {
    firstAnswering(
        join,
        "join the Raft group",
        manager -> {
          try (GrpcWarrenClient client =
              GrpcWarrenClient.mutualTls(manager.host(), manager.port(), identity, CALL_DEADLINE)) {
            return client.join(
                new JoinClusterRequest(
                    config.nodeId().value(), raftAddress.toString(), join.token()));
          }
        });
    awaitCaughtUp(config, log);
    LOG.log(Level.INFO, "node {0} joined the Raft group at {1}", config.nodeId(), raftAddress);
  }

  /** A linearizable read on this member succeeds once it has applied what the group committed. */
  private static void awaitCaughtUp(ManagerConfig config, RatisReplicatedLogAdapter log) {
    Instant deadline = Instant.now().plus(CATCH_UP);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        log.readBarrier().get(CATCH_UP.toMillis(), TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException | TimeoutException e) {
        last = new UnavailableException(String.valueOf(e.getMessage()), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UnavailableException("interrupted while joining the Raft group", e);
      }
      try {
        // The leader may not have reached this member yet: ask again shortly.
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UnavailableException("interrupted while joining the Raft group", e);
      }
    }
    throw new UnavailableException(
        "node "
            + config.nodeId()
            + " was added to the Raft group but has not caught up within "
            + CATCH_UP.toSeconds()
            + " s; check that the managers can reach its --raft-listen address",
        last);
  }

  private static void requireManagerCertificate(IssuedCertificate issued) {
    X509Certificate leaf = CertificateFacts.first("the certificate sent", issued.certificatePem());
    String role = CertificateFacts.subjectAttribute(leaf, "OU").orElse("unknown");
    if (!role.equals(Role.MANAGER.wireName())) {
      throw new PermissionDeniedException(
          "the token gave a "
              + role
              + " certificate; 'warren manager join' needs a manager token from 'warren cluster"
              + " join-token manager'");
    }
  }

  private static String caDigest(String token) {
    var matcher = TOKEN.matcher(token.strip());
    if (!matcher.matches()) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "--token is not a Warren join token: expected WRN-1-<64 hex digits>-<secret>");
    }
    return matcher.group(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * {@code call} on each manager in turn until one answers; a refusal (anything but unreachable) is
   * final, as another manager of the same cluster would refuse the same.
   */
  private static <T> T firstAnswering(
      ManagerJoin join, String purpose, Function<TcpAddress, T> call) {
    UnavailableException last = null;
    for (TcpAddress manager : join.managers()) {
      try {
        return call.apply(manager);
      } catch (UnavailableException unreachable) {
        if (pinRefused(unreachable)) {
          throw new UnauthenticatedException(
              "the server at "
                  + manager
                  + " is not a manager of the token's cluster: its certificate chain does not hold"
                  + " the token's CA (check --manager and --token)",
              unreachable);
        }
        last = unreachable;
      } catch (DomainException refused) {
        throw refused;
      }
    }
    throw new UnavailableException(
        "cannot reach any manager at "
            + join.managers()
            + " to "
            + purpose
            + " ("
            + (last == null ? "no answer" : last.getMessage())
            + ")",
        last);
  }

  private static boolean pinRefused(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertificateException
          || String.valueOf(cause.getMessage()).contains("pinned by the join token")) {
        return true;
      }
    }
    return false;
  }
}
