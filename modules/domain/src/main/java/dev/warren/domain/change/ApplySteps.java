package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/**
 * The apply-rule steps that every noun's changes share, in one place so that a refused change reads
 * the same for every noun: "{@code <noun>} not found: {@code <id>}" and "{@code <noun>} already
 * exists: {@code <name>}".
 */
final class ApplySteps {
  private ApplySteps() {}

  /**
   * The stored {@code kind} entity with {@code id}.
   *
   * @throws NotFoundException naming {@code noun} and the id
   */
  static <E> E existing(StateReader state, EntityKind<E> kind, String noun, String id) {
    return state.get(kind, id).orElseThrow(() -> new NotFoundException(noun + " not found: " + id));
  }

  /**
   * Checks that neither the unique name nor the id of the new {@code entity} is taken.
   *
   * @throws AlreadyExistsException naming {@code noun} and what is taken
   */
  static <E> void requireNew(StateReader state, EntityKind<E> kind, String noun, E entity) {
    String name = kind.nameOf(entity).orElseThrow();
    if (state.findByName(kind, name).isPresent()) {
      throw new AlreadyExistsException(noun + " already exists: " + name);
    }
    String id = kind.idOf(entity);
    if (state.get(kind, id).isPresent()) {
      throw new AlreadyExistsException(noun + " id already exists: " + id);
    }
  }
}
