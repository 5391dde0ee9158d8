package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.InvalidSpecException;
import java.util.Optional;

/**
 * The one place that decides which manager a client command talks to, first match wins: the {@code
 * --manager} option, the {@code WARREN_MANAGER} variable, {@code manager:} in the config file
 * ({@link CliEnvironment#configFile()}), else {@value #DEFAULT}.
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
    if (option.isPresent()) {
      return option.get();
    }
    Optional<String> variable = environment.variable(VARIABLE);
    if (variable.isPresent()) {
      try {
        return TcpAddress.parse(variable.get());
      } catch (InvalidSpecException invalid) {
        throw new InvalidSpecException(VARIABLE + ": " + invalid.getMessage(), invalid);
      }
    }
    return ConfigFile.read(environment.configFile())
        .manager()
        .orElseGet(() -> TcpAddress.parse(DEFAULT));
  }
}
