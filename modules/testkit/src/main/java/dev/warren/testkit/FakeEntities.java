package dev.warren.testkit;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Test fakes' store of one kind of named entity (the gRPC adapter's fake use cases, the CLI's fake
 * manager), answering as the real handlers do: unique names, "NOUN not found: X", lists ordered by
 * name.
 */
public final class FakeEntities<T> {
  private final String noun;
  private final Function<T, String> name;
  private final Function<T, Object> id;
  private final Map<String, T> byName = new ConcurrentHashMap<>();

  public FakeEntities(String noun, Function<T, String> name, Function<T, Object> id) {
    this.noun = noun;
    this.name = name;
    this.id = id;
  }

  /** Refuses a taken name before anything is built, as the real create does. */
  public void checkFree(String wanted) {
    if (byName.containsKey(wanted)) {
      throw new AlreadyExistsException(noun + " already exists: " + wanted);
    }
  }

  /** Stores {@code entity} as it is, replacing one of the same name. */
  public T put(T entity) {
    byName.put(name.apply(entity), entity);
    return entity;
  }

  /** The entity called {@code wanted}. */
  public T named(String wanted) {
    T found = byName.get(wanted);
    if (found == null) {
      throw new NotFoundException(noun + " not found: " + wanted);
    }
    return found;
  }

  /** The entity whose id is {@code wanted}. */
  public T withId(Object wanted) {
    return byName.values().stream()
        .filter(entity -> id.apply(entity).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(noun + " not found: " + wanted));
  }

  /** Every entity, by name. */
  public List<T> sorted() {
    return byName.values().stream().sorted(Comparator.comparing(name)).toList();
  }

  /** Whether an entity is called {@code wanted}. */
  public boolean contains(String wanted) {
    return byName.containsKey(wanted);
  }

  public void remove(T entity) {
    byName.remove(name.apply(entity));
  }

  /**
   * Removes the entity with id {@code wanted}, refusing as the real delete does when its name is in
   * {@code used}: "NOUN NAME REASON" (e.g. "volume logs is mounted").
   */
  public void removeUnlessUsed(Object wanted, Set<String> used, String reason) {
    T entity = withId(wanted);
    String entityName = name.apply(entity);
    if (used.contains(entityName)) {
      throw new FailedPreconditionException(noun + " " + entityName + " " + reason);
    }
    remove(entity);
  }
}
