package dev.warren.bootstrap.cli;

import jakarta.inject.Provider;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Lets Dagger build the commands (with their injected collaborators) and leaves everything else
 * picocli creates (mixins, converters, version providers) to picocli's default factory.
 */
public final class InjectingFactory implements IFactory {
  private final Map<Class<?>, Provider<Object>> commands;
  private final IFactory fallback = CommandLine.defaultFactory();

  public InjectingFactory(Map<Class<?>, Provider<Object>> commands) {
    this.commands = Map.copyOf(commands);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Provider<Object> command = commands.get(type);
    return command == null ? fallback.create(type) : type.cast(command.get());
  }
}
