package dev.warren.cli.kit;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.RemoveEach;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One noun of the command line as the generic verbs see it.
 *
 * @param singular and {@code plural}: how help names one object and several ("The secret.")
 * @param referenceLabel how help shows a reference ({@code NAME|ID}, {@code ID})
 * @param help each generic verb's one-line description, keyed by verb name ({@code ls}, {@code
 *     inspect}, {@code rm})
 * @param id what {@code -q} prints of an object
 * @param shown what JSON and YAML show of an object (the object itself, or a view of it)
 * @param check checks a reference before anything connects (throws the domain's exception)
 * @param all reads every object ({@code ls})
 * @param lookup finds the object a reference names ({@code inspect})
 * @param removal removes the object a reference names ({@code rm})
 * @param table the objects as a table, given the time now (for ages)
 * @param details one object in detail, given the time now
 * @param <T> the domain object
 */
public record Noun<T>(
    String singular,
    String plural,
    String referenceLabel,
    Map<String, String> help,
    Function<? super T, String> id,
    Function<? super T, ?> shown,
    Consumer<String> check,
    Function<ManagerClient, List<T>> all,
    BiFunction<ManagerClient, String, T> lookup,
    RemoveEach.Removal removal,
    BiFunction<List<T>, Instant, String> table,
    BiFunction<T, Instant, String> details) {

  /** The removal of a noun that has no {@code rm}; its group offers none, so it never runs. */
  public static final RemoveEach.Removal NOT_REMOVABLE =
      (manager, reference) -> {
        throw new UnsupportedOperationException("this noun has no rm");
      };

  /** Accepts every reference; the lookup alone decides. */
  public static final Consumer<String> ANY_REFERENCE = reference -> {};

  public Noun {
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(plural, "plural");
    Objects.requireNonNull(referenceLabel, "referenceLabel");
    help = Map.copyOf(help);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(removal, "removal");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(details, "details");
  }

  /** The help lines of a noun that has all three generic verbs. */
  public static Map<String, String> help(String list, String inspect, String remove) {
    return Map.of("ls", list, "inspect", inspect, "rm", remove);
  }

  /** The help line of {@code verb} for this noun. */
  String helpOf(String verb) {
    String line = help.get(verb);
    if (line == null) {
      throw new IllegalStateException("no help for '" + verb + "' of noun " + singular);
    }
    return line;
  }
}
