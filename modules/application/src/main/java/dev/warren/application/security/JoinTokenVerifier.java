package dev.warren.application.security;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.JoinTokenSecretPort;
import dev.warren.domain.port.out.StateReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place a presented join token {@code WRN-1-<CA digest>-<secret>} is checked: its form, the
 * cluster it is for, whether it is known, rotated or expired, and, for operations that need one,
 * its role. Each refusal says which; none ever contains the token or its secret.
 *
 * <p>Thread-safe; reads only the state it is handed.
 */
public final class JoinTokenVerifier {
  /** Every Warren v1 join token starts with this. */
  public static final String PREFIX = "WRN-1-";

  private static final String MALFORMED =
      "not a Warren join token: expected WRN-1-<ca-digest>-<secret>";

  private final JoinTokenSecretPort secrets;
  private final InstantSource clock;

  public JoinTokenVerifier(JoinTokenSecretPort secrets, InstantSource clock) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The stored token that {@code token} redeems, valid now.
   *
   * @param state the cluster state to check against (a linearizable read, so a token issued or
   *     rotated on another manager a moment ago is seen)
   * @throws InvalidSpecException if {@code token} does not have the form of a join token
   * @throws FailedPreconditionException if the cluster is not initialized
   * @throws PermissionDeniedException if the token is for another cluster, unknown, was rotated or
   *     has expired
   */
  public JoinToken verify(StateReader state, String token) {
    Objects.requireNonNull(state, "state");
    if (token == null || !token.startsWith(PREFIX)) {
      throw new InvalidSpecException(MALFORMED);
    }
    String rest = token.substring(PREFIX.length());
    int separator = rest.lastIndexOf('-');
    if (separator <= 0 || separator == rest.length() - 1) {
      throw new InvalidSpecException(MALFORMED);
    }
    String digest = rest.substring(0, separator);
    String secret = rest.substring(separator + 1);
    Cluster cluster =
        state
            .get(EntityKind.CLUSTER, Cluster.SINGLETON_ID)
            .orElseThrow(
                () ->
                    new FailedPreconditionException(
                        "the cluster is not initialized; run 'warren cluster init' first"));
    if (!cluster.caCertificateDigest().equalsIgnoreCase(digest)) {
      throw new PermissionDeniedException(
          "the join token is for another cluster: its CA digest "
              + digest
              + " does not match this cluster's "
              + cluster.caCertificateDigest());
    }
    String hash = secrets.hash(secret);
    Optional<JoinToken> active =
        state.list(EntityKind.JOIN_TOKEN).stream()
            .filter(stored -> sameHash(stored.secretHash(), hash))
            .findFirst();
    if (active.isEmpty()) {
      Optional<RevokedJoinToken> revoked =
          state.list(EntityKind.REVOKED_JOIN_TOKEN).stream()
              .filter(stored -> sameHash(stored.token().secretHash(), hash))
              .findFirst();
      if (revoked.isPresent()) {
        throw new PermissionDeniedException(
            "the "
                + revoked.get().token().role().wireName()
                + " join token was rotated at "
                + revoked.get().revokedAt()
                + "; ask an administrator for the current token");
      }
      throw new PermissionDeniedException(
          "unknown join token; ask an administrator for a current one");
    }
    JoinToken stored = active.get();
    Instant now = clock.instant();
    if (stored.isExpiredAt(now)) {
      throw new PermissionDeniedException(
          "the "
              + stored.role().wireName()
              + " join token expired at "
              + stored.expiresAt()
              + "; ask an administrator for a new one");
    }
    return stored;
  }

  /**
   * {@link #verify} for an operation that needs a token of one role.
   *
   * @param action what the caller is doing, for the message ("joining as a manager")
   * @throws PermissionDeniedException also if the token is of another role
   */
  public JoinToken verify(StateReader state, String token, Role required, String action) {
    JoinToken stored = verify(state, token);
    if (stored.role() != required) {
      throw new PermissionDeniedException(
          "the join token is "
              + article(stored.role())
              + " "
              + stored.role().wireName()
              + " token; "
              + action
              + " needs "
              + article(required)
              + " "
              + required.wireName()
              + " token");
    }
    return stored;
  }

  private static String article(Role role) {
    return role == Role.ADMIN ? "an" : "a";
  }

  private static boolean sameHash(String stored, String presented) {
    return MessageDigest.isEqual(
        stored.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
