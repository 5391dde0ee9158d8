package dev.warren.cli;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Mixin;

/** A {@link ManagerCommand} that also takes the output options ({@code -q}, {@code --format}). */
public abstract class ManagerOutputCommand extends ManagerCommand {

  @Mixin protected OutputOptions output;

  protected ManagerOutputCommand(CliPorts ports) {
    super(ports);
  }

  /**
   * Prints {@code objects} in the format asked for, JSON and YAML showing {@code shown} of each,
   * the table what {@code table} makes of them at the clock's time (for ages); exits OK.
   */
  protected final <T> Integer printList(
      List<T> objects,
      Function<? super T, ?> shown,
      Function<? super T, String> id,
      BiFunction<List<T>, Instant, String> table) {
    output.printList(out(), objects, shown, id, all -> table.apply(all, clock.instant()));
    return ExitCodes.OK;
  }

  /**
   * Prints what a create or update answered: as a table what {@code text} makes of it, as JSON or
   * YAML the whole object, with {@code -q} its id; exits OK.
   */
  protected final <T> Integer printResult(
      T result, Function<? super T, String> id, Function<? super T, String> text) {
    output.printObject(out(), result, id, text);
    return ExitCodes.OK;
  }

  /** The same, the table form being the id (like {@code docker service create}). */
  protected final <T> Integer printId(T result, Function<? super T, String> id) {
    return printResult(result, id, id);
  }

  /** The same with JSON and YAML showing the objects themselves. */
  protected final <T> Integer printList(
      List<T> objects, Function<? super T, String> id, BiFunction<List<T>, Instant, String> table) {
    return printList(objects, Function.identity(), id, table);
  }
}
