package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.InstantSource;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren NOUN ls}: the objects as a table, as JSON or YAML, or only their ids with {@code
 * -q}. A noun's {@code ls} says how the objects are read (with its filter options, if any).
 *
 * @param <T> the domain object
 */
public abstract class ListCommand<T> implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;
  private final Noun<T> noun;
  private final Function<ManagerClient, List<T>> read;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  protected ListCommand(CliPorts ports, Noun<T> noun, Function<ManagerClient, List<T>> read) {
    this.connector = ports.connector();
    this.clock = ports.clock();
    this.noun = noun;
    this.read = read;
  }

  @Override
  public final Integer call() {
    List<T> objects;
    try (ManagerClient manager = connector.connect(client.config())) {
      objects = read.apply(manager);
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
