package dev.warren.cli;

import java.lang.reflect.Constructor;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates the commands that take {@link CliPorts} (a constructor with that one parameter) and
 * leaves everything else picocli creates (group commands, mixins, converters, version providers) to
 * picocli's default factory. A new command therefore needs no registration besides its place in the
 * tree.
 */
public final class CommandFactory implements IFactory {
  private final CliPorts ports;
  private final IFactory fallback = CommandLine.defaultFactory();

  public CommandFactory(CliPorts ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withPorts;
    try {
      withPorts = type.getDeclaredConstructor(CliPorts.class);
    } catch (NoSuchMethodException noPorts) {
      return fallback.create(type);
    }
    // The commands' constructors are package-private; this module may open its own classes.
    withPorts.setAccessible(true);
    return withPorts.newInstance(ports);
  }
}
