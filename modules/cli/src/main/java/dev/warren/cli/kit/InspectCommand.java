package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren NOUN inspect REF}: one object in detail, or as JSON or YAML, or only its id with
 * {@code -q}. The noun says how the reference is looked up and how the object reads.
 *
 * @param <T> the domain object
 */
@Command(modelTransformer = ReferenceParameters.class)
public abstract class InspectCommand<T> implements Callable<Integer>, NounVerb {
  private final ManagerConnector connector;
  private final InstantSource clock;
  private final Noun<T> noun;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  protected InspectCommand(CliPorts ports, Noun<T> noun) {
    this.connector = ports.connector();
    this.clock = ports.clock();
    this.noun = noun;
  }

  @Override
  public final Noun<T> noun() {
    return noun;
  }

  @Override
  public final boolean takesMany() {
    return false;
  }

  @Override
  public final Integer call() {
    String reference = ReferenceParameters.given(spec).getFirst();
    noun.check().accept(reference);
    T found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found = noun.lookup().apply(manager, reference);
    }
    print(found);
    return ExitCodes.OK;
  }

  /** Prints what was found in the format asked for; a noun may add a format of its own. */
  protected void print(T found) {
    output.printObject(
        out(), found, noun.shown(), noun.id(), object -> noun.details().apply(object, clock.instant()));
  }

  /** Where the command prints. */
  protected final java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
