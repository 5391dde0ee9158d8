package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import picocli.CommandLine.Command;

/**
 * {@code warren NOUN inspect REF}: one object in detail, or as JSON or YAML, or only its id with
 * {@code -q}. A noun with a format of its own extends it and overrides {@link #print} (and {@link
 * #readMore} to fetch what that format adds).
 *
 * @param <T> the domain object
 */
@Command(name = "inspect")
public class InspectCommand<T> extends ManagerOutputCommand implements NounVerb {
  private Noun<T> noun;

  protected InspectCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  @SuppressWarnings("unchecked") // NounVerbs binds the noun of the group this command is under.
  public final void bind(Noun<?> bound) {
    this.noun = (Noun<T>) bound;
  }

  @Override
  public final boolean isBound() {
    return noun != null;
  }

  @Override
  public final Arity references() {
    return Arity.ONE;
  }

  @Override
  public final Integer call() {
    String reference = NounVerbs.given(spec).getFirst();
    noun.check().accept(reference);
    T found;
    try (ManagerClient manager = connect()) {
      found = noun.lookup().apply(manager, reference);
      readMore(manager, found);
    }
    print(found);
    return ExitCodes.OK;
  }

  /**
   * Reads what a noun's own format shows beside the object, while the connection is open; nothing
   * by default.
   */
  protected void readMore(ManagerClient manager, T found) {}

  /** Prints what was found in the format asked for. */
  protected void print(T found) {
    output.printObject(
        out(),
        found,
        noun.shown(),
        noun.id(),
        object -> noun.details().apply(object, clock.instant()));
  }
}
