package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren NOUN inspect REF}: one object in detail, or as JSON or YAML, or only its id with
 * {@code -q}. A noun with a format of its own extends it and overrides {@link #print}.
 *
 * @param <T> the domain object
 */
@Command(name = "inspect")
public class InspectCommand<T> implements Callable<Integer>, NounVerb {
  private final ManagerConnector connector;
  private final InstantSource clock;
  private Noun<T> noun;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  protected InspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
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
    try (ManagerClient manager = connector.connect(client.config())) {
      found = noun.lookup().apply(manager, reference);
    }
    print(found);
    return ExitCodes.OK;
  }

  /** Prints what was found in the format asked for. */
  protected void print(T found) {
    output.printObject(
        out(),
        found,
        noun.shown(),
        noun.id(),
        object -> noun.details().apply(object, clock.instant()));
  }

  /** Where the command prints. */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
