package dev.warren.cli.kit;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.RemoveEach;
import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One noun of the command line as the generic verbs see it. A group declares it with {@link
 * #called} and the builder's steps, one per aspect, naming only the generic verbs the noun has.
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
  private static final RemoveEach.Removal NOT_REMOVABLE =
      (manager, reference) -> {
        throw new UnsupportedOperationException("this noun has no rm");
      };

  /** Accepts every reference; the lookup alone decides. */
  private static final Consumer<String> ANY_REFERENCE = reference -> {};

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

  /** The help line of {@code verb} for this noun. */
  String helpOf(String verb) {
    String line = help.get(verb);
    if (line == null) {
      throw new IllegalStateException("no help for '" + verb + "' of noun " + singular);
    }
    return line;
  }

  /**
   * Starts the description of a noun whose objects have only ids: how help names one object and
   * several, and what {@code -q} prints of an object, which is also the first column of its table
   * and the first line of its details.
   */
  public static <T> Builder<T> called(
      String singular, String plural, Function<? super T, String> id) {
    return new Builder<>(singular, plural, id);
  }

  /**
   * The same for a noun whose objects also have names: a reference is either, and the name is the
   * second column of its table and the second line of its details.
   */
  public static <T> Builder<T> named(
      String singular,
      String plural,
      Function<? super T, String> id,
      Function<? super T, String> name) {
    Builder<T> builder = new Builder<>(singular, plural, id);
    builder.referenceLabel = "NAME|ID";
    builder.identity = builder.identity.and("NAME", name);
    builder.identityLines =
        builder.identityLines.andThen((object, lines) -> lines.line("Name:", name.apply(object)));
    return builder;
  }

  /**
   * The steps of a noun's description. A generic verb exists only if its step ({@link #list},
   * {@link #inspect}, {@link #remove}) is taken; {@code inspect} and {@link #removeFound} need a
   * lookup step.
   *
   * @param <T> the domain object
   */
  public static final class Builder<T> {
    private final String singular;
    private final String plural;
    private final Function<? super T, String> id;
    private final Map<String, String> help = new HashMap<>();
    private Columns<T> identity;
    private BiConsumer<T, Details> identityLines;
    private String referenceLabel = "ID";
    private Function<? super T, ?> shown = Function.identity();
    private Consumer<String> check = ANY_REFERENCE;
    private Function<ManagerClient, List<T>> all = manager -> missing("all");
    private BiFunction<ManagerClient, String, T> lookup = (manager, reference) -> missing("lookup");
    private RemoveEach.Removal removal = NOT_REMOVABLE;
    private BiFunction<List<T>, Instant, String> table = (objects, now) -> missing("list");
    private BiFunction<T, Instant, String> details = (object, now) -> missing("inspect");

    private Builder(String singular, String plural, Function<? super T, String> id) {
      this.singular = singular;
      this.plural = plural;
      this.id = id;
      this.identity = Columns.of("ID", id);
      this.identityLines = (object, lines) -> lines.line("ID:", id.apply(object));
    }

    /** What JSON and YAML show of an object, if not the object itself. */
    public Builder<T> shown(Function<? super T, ?> shown) {
      this.shown = shown;
      return this;
    }

    /** Reads every object. */
    public Builder<T> all(Function<ManagerClient, List<T>> all) {
      this.all = all;
      return this;
    }

    /** Finds the object a reference names. */
    public Builder<T> lookup(BiFunction<ManagerClient, String, T> lookup) {
      this.lookup = lookup;
      return this;
    }

    /** Finds the object by what {@code parse} makes of the reference ({@code IngressRef}). */
    public <R> Builder<T> lookup(Function<String, R> parse, BiFunction<ManagerClient, R, T> get) {
      return lookup((manager, reference) -> get.apply(manager, parse.apply(reference)));
    }

    /**
     * Finds the object by its id, which {@code parse} reads from the reference before anything
     * connects (throwing the domain's exception for a reference that is no id).
     */
    public <I> Builder<T> lookupById(
        Function<String, I> parse, BiFunction<ManagerClient, I, T> get) {
      this.check = parse::apply;
      return lookup(parse, get);
    }

    /**
     * Finds the object by name, or by id among {@link #all} of them: for an API that reads only by
     * name. A name is checked as a {@code <singular> name}, an id with {@code idCheck}.
     */
    public Builder<T> lookupByNameOrId(
        Consumer<String> idCheck, BiFunction<ManagerClient, String, T> byName) {
      return lookup(
          (manager, reference) ->
              new ByNameOrId<T>(
                      singular,
                      name -> Checks.name(singular + " name", name),
                      idCheck,
                      name -> byName.apply(manager, name),
                      () -> all.apply(manager),
                      object -> id.apply(object))
                  .resolve(reference));
    }

    /**
     * The generic {@code ls}: its help line and the table, whose columns {@code columns} adds to
     * the id (and name).
     */
    public Builder<T> list(String helpLine, UnaryOperator<Columns<T>> columns) {
      help.put("ls", helpLine);
      this.table = (objects, now) -> columns.apply(identity).render(objects, now);
      return this;
    }

    /**
     * The generic {@code inspect} of the object the lookup finds: its help line, and the lines that
     * {@code describe} adds to the details after the id (and name), values starting after {@code
     * labelWidth}.
     */
    public Builder<T> inspect(
        String helpLine, int labelWidth, BiConsumer<? super T, Details> describe) {
      help.put("inspect", helpLine);
      this.details =
          (object, now) -> {
            Details lines = Details.aligned(labelWidth, now);
            identityLines.accept(object, lines);
            describe.accept(object, lines);
            return lines.text();
          };
      return this;
    }

    /** The generic {@code rm}: its help line and how one reference is removed. */
    public Builder<T> remove(String helpLine, RemoveEach.Removal removal) {
      help.put("rm", helpLine);
      this.removal = removal;
      return this;
    }

    /** The generic {@code rm} of what {@code parse} makes of each reference. */
    public <R> Builder<T> remove(
        String helpLine, Function<String, R> parse, BiConsumer<ManagerClient, R> delete) {
      return remove(
          helpLine, (manager, reference) -> delete.accept(manager, parse.apply(reference)));
    }

    /** The generic {@code rm} of the object the lookup finds. */
    public Builder<T> removeFound(String helpLine, BiConsumer<ManagerClient, T> delete) {
      return remove(
          helpLine,
          (manager, reference) -> delete.accept(manager, lookup.apply(manager, reference)));
    }

    public Noun<T> build() {
      return new Noun<>(
          singular,
          plural,
          referenceLabel,
          help,
          id,
          shown,
          check,
          all,
          (manager, reference) -> lookup.apply(manager, reference),
          removal,
          table,
          details);
    }

    private <R> R missing(String step) {
      throw new IllegalStateException("noun " + singular + " has no " + step + " step");
    }
  }
}
