package dev.warren.domain.port.out;

import java.util.List;
import java.util.Optional;

/**
 * A consistent view of the cluster state: every call on one reader sees the same point in the log.
 * Valid only inside the callback it was handed to.
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

  /**
   * At most {@code limit} entities of {@code kind} whose ids are at or after {@code fromId},
   * ordered by id: a page of {@link #list}. Ids compare as strings, so kinds read in pages have ids
   * that sort in the order wanted ({@link EntityKind#EVENT}'s zero-padded keys). Stores override
   * the default, which reads the whole kind, with a range scan.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  default <E> List<E> listFrom(EntityKind<E> kind, String fromId, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    return list(kind).stream()
        .filter(entity -> kind.idOf(entity).compareTo(fromId) >= 0)
        .limit(limit)
        .toList();
  }

  /**
   * The entity of {@code kind} with the greatest id, if any. Stores override the default, which
   * reads the whole kind, with a seek to the end.
   */
  default <E> Optional<E> last(EntityKind<E> kind) {
    List<E> all = list(kind);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /** How many entities of {@code kind} there are. */
  long count(EntityKind<?> kind);

  /** Index of the last log entry applied to this state, 0 for a new store. */
  long lastAppliedIndex();
}
