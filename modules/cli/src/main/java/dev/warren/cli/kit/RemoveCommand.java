package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren NOUN rm REF...}, like {@code docker rm}: removes each object in turn, printing the
 * reference when removed, goes on after a failure with one error line for it, and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove")
public final class RemoveCommand implements Callable<Integer>, NounVerb {
  private final ManagerConnector connector;
  private Noun<?> noun;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  RemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public void bind(Noun<?> bound) {
    this.noun = bound;
  }

  @Override
  public boolean isBound() {
    return noun != null;
  }

  @Override
  public Arity references() {
    return Arity.MANY;
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(spec, manager, NounVerbs.given(spec), noun.removal());
    }
  }
}
