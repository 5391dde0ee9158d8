package dev.warren.domain.port.out;

/**
 * A writable view of the cluster state inside one transaction; nothing is visible to readers until
 * the transaction commits, and nothing at all if it fails.
 */
public interface StateWriter extends StateReader {

  /**
   * Inserts or replaces the entity with the same id, keeping the unique-name index in step.
   *
   * @throws IllegalStateException if another entity of a named kind already has this name (the
   *     apply logic checks names first, so this signals a bug, not a user error)
   */
  <E> void put(EntityKind<E> kind, E entity);

  /** Removes the entity with this id and its name entry; does nothing if it is absent. */
  <E> void delete(EntityKind<E> kind, String id);
}
