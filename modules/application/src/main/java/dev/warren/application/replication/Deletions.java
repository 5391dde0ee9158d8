package dev.warren.application.replication;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.function.Function;

/**
 * Deleting an entity named by its id, the same way for every noun: NOT_FOUND at once for an unknown
 * id (worded as {@link Lookups} words it, read after the read barrier so a lagging manager finds
 * what was just created elsewhere), then the deletion through the log. The apply logic checks the
 * id again at commit, and refuses there while the entity is in use, so a concurrent change cannot
 * slip between the look-up and the commit.
 */
public final class Deletions {
  private Deletions() {}

  /**
   * Deletes the {@code kind} entity with {@code id} by proposing {@code deletion}.
   *
   * @param name the entity's name, for the error a timed-out proposal reports
   */
  public static <E> void deleteById(
      ClusterStatePort state,
      ReplicatedLogPort log,
      EntityKind<E> kind,
      String noun,
      String id,
      Function<E, String> name,
      StateChange deletion) {
    E entity = StateQueries.current(state, log, reader -> Lookups.byId(reader, kind, noun, id));
    Futures.await(log.propose(deletion), "deleting " + noun + " " + name.apply(entity));
  }
}
