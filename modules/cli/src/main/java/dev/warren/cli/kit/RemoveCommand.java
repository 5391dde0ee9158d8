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
 * first failure's code. A noun's {@code rm} only says how one reference is removed.
 */
@Command(modelTransformer = ReferenceParameters.class)
public abstract class RemoveCommand implements Callable<Integer>, NounVerb {
  private final ManagerConnector connector;
  private final Noun<?> noun;
  private final RemoveEach.Removal removal;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  protected RemoveCommand(CliPorts ports, Noun<?> noun, RemoveEach.Removal removal) {
    this.connector = ports.connector();
    this.noun = noun;
    this.removal = removal;
  }

  @Override
  public final Noun<?> noun() {
    return noun;
  }

  @Override
  public final boolean takesMany() {
    return true;
  }

  @Override
  public final Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(spec, manager, ReferenceParameters.given(spec), removal);
    }
  }
}
