package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.cli.RemoveEach;
import picocli.CommandLine.Command;

/**
 * {@code warren NOUN rm REF...}, like {@code docker rm}: removes each object in turn, printing the
 * reference when removed, goes on after a failure with one error line for it, and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove")
public final class RemoveCommand extends ManagerCommand implements NounVerb {
  private Noun<?> noun;

  RemoveCommand(CliPorts ports) {
    super(ports);
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
    try (ManagerClient manager = connect()) {
      return RemoveEach.run(spec, manager, NounVerbs.given(spec), noun.removal());
    }
  }
}
