package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.InvalidSpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides which managers a client command talks to, first match wins: the {@code
 * --manager} option, the {@code WARREN_MANAGER} variable, {@code manager:} and {@code managers:} in
 * the config file ({@link CliEnvironment#configFile()}), else {@value #DEFAULT}. The option and the
 * variable may name several, comma-separated: a client tries them in order.
 */
public final class ManagerLocator {
  public static final String VARIABLE = "WARREN_MANAGER";
  public static final String DEFAULT = "127.0.0.1:8080";

  private ManagerLocator() {}

  /**
   * @throws InvalidSpecException if the chosen source holds something other than {@code HOST:PORT},
   *     or the config file (read only when needed) is invalid
   */
  public static TcpAddress locate(Optional<TcpAddress> option, CliEnvironment environment) {
    return locateAll(option.map(List::of).orElse(List.of()), environment).getFirst();
  }

  /**
   * Every manager the first source that names any lists, in order; never empty.
   *
   * @param option the managers {@code --manager} named, empty without the option
   * @throws InvalidSpecException if the chosen source holds something other than {@code
   *     HOST:PORT[,HOST:PORT…]}, or the config file (read only when needed) is invalid
   */
  public static List<TcpAddress> locateAll(List<TcpAddress> option, CliEnvironment environment) {
    if (!option.isEmpty()) {
      return List.copyOf(option);
    }
    Optional<String> variable = environment.variable(VARIABLE);
    if (variable.isPresent()) {
      try {
        List<TcpAddress> named = new ArrayList<>();
        for (String part : variable.get().split(",", -1)) {
          named.add(TcpAddress.parse(part.strip()));
        }
        return List.copyOf(named);
      } catch (InvalidSpecException invalid) {
        throw new InvalidSpecException(VARIABLE + ": " + invalid.getMessage(), invalid);
      }
    }
    List<TcpAddress> configured = ConfigFile.read(environment.configFile()).all();
    return configured.isEmpty() ? List.of(TcpAddress.parse(DEFAULT)) : configured;
  }
}
