package dev.warren.cli.kit;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code warren NOUN ls}: every object as a table, as JSON or YAML, or only their ids with {@code
 * -q}. Nouns whose {@code ls} filters keep a command of their own.
 *
 * @param <T> the domain object
 */
@Command(name = "ls", aliases = "list")
public final class ListCommand<T> extends ManagerOutputCommand implements NounVerb {
  private Noun<T> noun;

  ListCommand(CliPorts ports) {
    super(ports);
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
    try (ManagerClient manager = connect()) {
      objects = noun.all().apply(manager);
    }
    return printList(objects, noun.shown(), noun.id(), noun.table());
  }
}
