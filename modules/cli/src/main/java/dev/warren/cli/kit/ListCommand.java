package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren NOUN ls}: every object as a table, as JSON or YAML, or only their ids with {@code
 * -q}. Nouns whose {@code ls} filters keep a command of their own.
 *
 * @param <T> the domain object
 */
@Command(name = "ls", aliases = "list")
public final class ListCommand<T> implements Callable<Integer>, NounVerb {
  private final ManagerConnector connector;
  private final InstantSource clock;
  private Noun<T> noun;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  ListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  @SuppressWarnings("unchecked") // NounVerbs binds the noun of the group this command is under.
  public void bind(Noun<?> bound) {
    this.noun = (Noun<T>) bound;
  }

  @Override
  public boolean isBound() {
    return noun != null;
  }

  @Override
  public Arity references() {
    return Arity.NONE;
  }

  @Override
  public Integer call() {
    List<T> objects;
    try (ManagerClient manager = connector.connect(client.config())) {
      objects = noun.all().apply(manager);
    }
    output.printList(
        spec.commandLine().getOut(),
        objects,
        noun.shown(),
        noun.id(),
        all -> noun.table().apply(all, clock.instant()));
    return ExitCodes.OK;
  }
}
