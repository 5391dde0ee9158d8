package dev.warren.cli;

import dev.warren.cli.render.JsonWriter;
import dev.warren.cli.render.YamlWriter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output table|json|yaml} and {@code -q/--quiet} for commands that print objects. A
 * command mixes this in and prints through {@link #printObject} or {@link #printList}, so every
 * format (and any added later) works the same way everywhere.
 */
public final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      completionCandidates = FormatNames.class,
      description = "Output format: table, json or yaml (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only ids, one per line.")
  boolean quiet;

  /** What shell completion offers: the formats as users type them. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(OutputFormat.values())
          .map(format -> format.name().toLowerCase(Locale.ROOT))
          .iterator();
    }
  }

  public OutputFormat format() {
    return format;
  }

  public boolean quiet() {
    return quiet;
  }

  /**
   * Prints one object: with {@code -q} its id; as JSON or YAML the whole object; as a table what
   * {@code text} makes of it (a trailing newline is added if missing). Flushes {@code out}.
   */
  public <T> void printObject(
      PrintWriter out, T value, Function<? super T, String> id, Function<? super T, String> text) {
    printObject(out, value, Function.identity(), id, text);
  }

  /** The same, with JSON and YAML showing {@code shown} of the object instead of the object. */
  public <T> void printObject(
      PrintWriter out,
      T value,
      Function<? super T, ?> shown,
      Function<? super T, String> id,
      Function<? super T, String> text) {
    if (quiet) {
      out.println(id.apply(value));
    } else {
      print(out, shown.apply(value), () -> text.apply(value));
    }
    out.flush();
  }

  /**
   * Prints a list: with {@code -q} one id per line; as JSON or YAML an array of the objects; as a
   * table what {@code table} makes of the list. Flushes {@code out}.
   */
  public <T> void printList(
      PrintWriter out,
      List<T> values,
      Function<? super T, String> id,
      Function<? super List<T>, String> table) {
    printList(out, values, Function.identity(), id, table);
  }

  /** The same, with JSON and YAML showing {@code shown} of each object instead of the object. */
  public <T> void printList(
      PrintWriter out,
      List<T> values,
      Function<? super T, ?> shown,
      Function<? super T, String> id,
      Function<? super List<T>, String> table) {
    if (quiet) {
      values.forEach(value -> out.println(id.apply(value)));
    } else {
      print(out, values.stream().map(shown).toList(), () -> table.apply(values));
    }
    out.flush();
  }

  private void print(PrintWriter out, Object value, Supplier<String> table) {
    String text =
        switch (format) {
          case TABLE -> table.get();
          case JSON -> JsonWriter.write(value);
          case YAML -> YamlWriter.write(value);
        };
    out.print(text.endsWith("\n") ? text : text + "\n");
  }
}
