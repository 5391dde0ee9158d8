package dev.warren.cli.kit;

import java.util.function.Function;
import java.util.regex.Pattern;

/** What a user typed to name an object: a UUID is an id, anything else a name. */
public final class References {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private References() {}

  /**
   * Reads a reference as the one {@code byId} makes of a UUID, else the one {@code byName} makes;
   * throws {@link dev.warren.domain.error.InvalidSpecException} if it is not a valid name either.
   */
  public static <R> Function<String, R> parser(
      Function<String, R> byId, Function<String, R> byName) {
    return idOrName ->
        UUID.matcher(idOrName).matches() ? byId.apply(idOrName) : byName.apply(idOrName);
  }
}
