package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.model.cluster.JoinToken;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;

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
      if (state.get(EntityKind.JOIN_TOKEN, token.id().value()).isPresent()) {
        throw new AlreadyExistsException("join token id already exists: " + token.id());
      }
      for (JoinToken stored : state.list(EntityKind.JOIN_TOKEN)) {
        if (stored.isExpiredAt(token.createdAt())) {
          state.delete(EntityKind.JOIN_TOKEN, stored.id().value());
        }
      }
      state.put(EntityKind.JOIN_TOKEN, token);
    }
  }
}
