package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.time.Instant;

/** Changes to join tokens (only their hashes are ever stored). */
public sealed interface JoinTokenChange extends StateChange {

  /**
   * A join token was issued. Tokens that have expired by the new token's creation time are removed
   * in the same change, so the table stays small; the time comes from the change, not a clock, so
   * every replica removes the same ones.
   */
  record JoinTokenIssued(JoinToken token) implements JoinTokenChange {
    @Override
    public void applyTo(StateWriter state) {
      requireNewId(state, token);
      dropExpired(state, token.createdAt());
      state.put(EntityKind.JOIN_TOKEN, token);
    }
  }

  /**
   * Every token of the replacement's role was revoked and the replacement issued, in one change, at
   * the replacement's creation time. Revoked tokens move to {@link EntityKind#REVOKED_JOIN_TOKEN}
   * so they can be told apart from unknown ones until they would have expired.
   */
  record JoinTokensRotated(JoinToken replacement) implements JoinTokenChange {
    @Override
    public void applyTo(StateWriter state) {
      requireNewId(state, replacement);
      Instant at = replacement.createdAt();
      dropExpired(state, at);
      for (JoinToken stored : state.list(EntityKind.JOIN_TOKEN)) {
        if (stored.role() == replacement.role()) {
          state.delete(EntityKind.JOIN_TOKEN, stored.id().value());
          state.put(EntityKind.REVOKED_JOIN_TOKEN, new RevokedJoinToken(stored, at));
        }
      }
      state.put(EntityKind.JOIN_TOKEN, replacement);
    }
  }

  private static void requireNewId(StateWriter state, JoinToken token) {
    String id = token.id().value();
    if (state.get(EntityKind.JOIN_TOKEN, id).isPresent()
        || state.get(EntityKind.REVOKED_JOIN_TOKEN, id).isPresent()) {
      throw new AlreadyExistsException("join token id already exists: " + token.id());
    }
  }

  private static void dropExpired(StateWriter state, Instant now) {
    for (JoinToken stored : state.list(EntityKind.JOIN_TOKEN)) {
      if (stored.isExpiredAt(now)) {
        state.delete(EntityKind.JOIN_TOKEN, stored.id().value());
      }
    }
    for (RevokedJoinToken revoked : state.list(EntityKind.REVOKED_JOIN_TOKEN)) {
      if (revoked.token().isExpiredAt(now)) {
        state.delete(EntityKind.REVOKED_JOIN_TOKEN, revoked.token().id().value());
      }
    }
  }
}
