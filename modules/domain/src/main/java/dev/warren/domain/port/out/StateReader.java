package dev.warren.domain.port.out;

import java.util.List;
import java.util.Optional;

/**
 * A consistent view of the cluster state: every call on one reader sees the same point in the
 * log. Valid only inside the callback it was handed to.
 */
public interface StateReader {

  /** The entity of {@code kind} with this id, if present. */
  <E> Optional<E> get(EntityKind<E> kind, String id);

  /**
   * The entity of {@code kind} with this unique name, if present.
   *
   * @throws IllegalArgumentException if {@code kind} has no unique names
   */
  <E> Optional<E> findByName(EntityKind<E> kind, String name);

  /** Every entity of {@code kind}, ordered by id. */
  <E> List<E> list(EntityKind<E> kind);

  /** How many entities of {@code kind} there are. */
  long count(EntityKind<?> kind);

  /** Index of the last log entry applied to this state, 0 for a new store. */
  long lastAppliedIndex();
}
