package dev.warren.cli.kit;

import dev.warren.cli.ManagerClient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One noun of the command line as the generic verbs see it: how its objects are named in help
 * ({@code secret}, {@code secrets}, {@code NAME|ID}), what id {@code -q} prints, what JSON and
 * YAML show of an object, how a reference the user typed is checked (before anything connects) and
 * looked up, and how objects read as a table and in detail.
 *
 * @param <T> the domain object
 */
public record Noun<T>(
    String singular,
    String plural,
    String referenceLabel,
    Function<? super T, String> id,
    Function<? super T, ?> shown,
    Consumer<String> check,
    BiFunction<ManagerClient, String, T> lookup,
    BiFunction<List<T>, Instant, String> table,
    BiFunction<T, Instant, String> details) {
  public Noun {
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(plural, "plural");
    Objects.requireNonNull(referenceLabel, "referenceLabel");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(details, "details");
  }

  /**
   * A noun whose JSON and YAML show the object itself and whose references are checked by the
   * lookup alone.
   */
  public static <T> Noun<T> of(
      String singular,
      String plural,
      String referenceLabel,
      Function<? super T, String> id,
      BiFunction<ManagerClient, String, T> lookup,
      BiFunction<List<T>, Instant, String> table,
      BiFunction<T, Instant, String> details) {
    return new Noun<>(
        singular,
        plural,
        referenceLabel,
        id,
        Function.identity(),
        reference -> {},
        lookup,
        table,
        details);
  }
}
