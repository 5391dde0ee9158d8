package dev.warren.application.cluster;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.application.security.JoinTokenVerifier;
import dev.warren.domain.change.JoinTokenChange;
import dev.warren.domain.change.JoinTokenChange.JoinTokenIssued;
import dev.warren.domain.change.JoinTokenChange.JoinTokensRotated;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.JoinTokenId;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Issues join tokens {@code WRN-1-<CA certificate SHA-256>-<secret>}: the digest lets a joining
 * node pin the cluster CA before it trusts a manager; the secret is stored only as its hash, with
 * the role and expiry, in the replicated state. The token is never logged. Rotation revokes every
 * earlier token of the role and issues the new one in a single replicated change.
 */
public record GenerateJoinTokenHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, JoinTokenSecretPort secrets)
    implements GenerateJoinTokenUseCase {
  /** How long a token is valid. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

  static final String TOKEN_PREFIX = JoinTokenVerifier.PREFIX;

  @Override
  public GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
    Cluster cluster =
        state
            .read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID))
            .orElseThrow(
                () ->
                    new FailedPreconditionException(
                        "the cluster is not initialized; run 'warren cluster init' first"));
    String secret = secrets.newSecret();
    Instant now = StoredTime.now(clock);
    JoinToken token =
        new JoinToken(
            JoinTokenId.random(),
            request.role(),
            secrets.hash(secret),
            now,
            now.plus(TOKEN_LIFETIME));
    JoinTokenChange change =
        request.rotate() ? new JoinTokensRotated(token) : new JoinTokenIssued(token);
    Futures.await(
        log.propose(change),
        (request.rotate() ? "rotating the " : "issuing a ")
            + request.role().wireName()
            + " join token");
    return new GenerateJoinTokenResult(
        TOKEN_PREFIX + cluster.caCertificateDigest() + "-" + secret,
        request.role(),
        token.expiresAt());
  }
}
