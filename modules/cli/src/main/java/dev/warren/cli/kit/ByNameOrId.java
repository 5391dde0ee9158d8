package dev.warren.cli.kit;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds a resource that the user named by name or by id, for resources that warren.v1 reads only by
 * name (secrets, volumes). The name is tried first; an id is looked up in the list.
 *
 * @param <T> the resource
 */
record ByNameOrId<T>(
    String noun,
    Consumer<String> nameCheck,
    Consumer<String> idCheck,
    Function<String, T> byName,
    Supplier<List<T>> all,
    Function<T, String> idOf) {

  /**
   * @throws InvalidSpecException if {@code reference} is neither a valid name nor a valid id
   * @throws NotFoundException if no resource has that name or id
   */
  T resolve(String reference) {
    boolean isName = accepts(nameCheck, reference);
    boolean isId = accepts(idCheck, reference);
    if (!isName && !isId) {
      throw new InvalidSpecException(
          "'" + reference + "' is neither a " + noun + " name nor a " + noun + " id");
    }
    if (isName) {
      try {
        return byName.apply(reference);
      } catch (NotFoundException noSuchName) {
        if (!isId) {
          throw noSuchName;
        }
      }
    }
    return all.get().stream()
        .filter(resource -> idOf.apply(resource).equals(reference))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(noun + " not found: " + reference));
  }

  private static boolean accepts(Consumer<String> check, String reference) {
    try {
      check.accept(reference);
      return true;
    } catch (InvalidSpecException invalid) {
      return false;
    }
  }
}
