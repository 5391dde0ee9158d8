package dev.warren.application.replication;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.StateReader;

/**
 * Finds of one entity by id or name that fail with the error a caller should see, worded the same
 * way for every noun: "{@code <noun>} not found: {@code <id or name>}".
 */
public final class Lookups {
  private Lookups() {}

  /** The {@code kind} entity with {@code id}; NOT_FOUND naming {@code noun} otherwise. */
  public static <E> E byId(StateReader reader, EntityKind<E> kind, String noun, String id) {
    return reader
        .get(kind, id)
        .orElseThrow(() -> new NotFoundException(noun + " not found: " + id));
  }

  /** The {@code kind} entity named {@code name}; NOT_FOUND naming {@code noun} otherwise. */
  public static <E> E byName(StateReader reader, EntityKind<E> kind, String noun, String name) {
    return reader
        .findByName(kind, name)
        .orElseThrow(() -> new NotFoundException(noun + " not found: " + name));
  }

  /**
   * A fast ALREADY_EXISTS for the common mistake of creating a {@code noun} under a taken name,
   * read after the log's read barrier so that a name freed just before is free on every manager;
   * the apply logic re-checks against concurrent creates.
   */
  public static void requireNameFree(
      ClusterStatePort state, ReplicatedLogPort log, EntityKind<?> kind, String noun, String name) {
    if (StateQueries.current(state, log, reader -> reader.findByName(kind, name)).isPresent()) {
      throw new AlreadyExistsException(noun + " already exists: " + name);
    }
  }
}
