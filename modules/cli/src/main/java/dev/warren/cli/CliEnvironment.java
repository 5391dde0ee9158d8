package dev.warren.cli;

import dev.warren.cli.config.CredentialsDirectory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line reads from its process besides its arguments: environment variables, the
 * user's home (for the config file) and standard input ({@code apply -f -}). Tests hand in their
 * own, so that no test depends on the real user's settings.
 */
public record CliEnvironment(Map<String, String> variables, Path userHome, InputStream stdin) {
  public CliEnvironment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(userHome, "userHome");
    Objects.requireNonNull(stdin, "stdin");
  }

  /** The running process's environment, home directory and standard input. */
  public static CliEnvironment system() {
    return new CliEnvironment(System.getenv(), Path.of(System.getProperty("user.home")), System.in);
  }

  /** A variable's value; unset and empty are the same. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
  }

  /**
   * {@code $XDG_CONFIG_HOME/warren}, else {@code ~/.config/warren} (XDG base directory spec; a
   * relative XDG_CONFIG_HOME is ignored, as the spec says).
   */
  public Path configDirectory() {
    return variable("XDG_CONFIG_HOME")
        .map(Path::of)
        .filter(Path::isAbsolute)
        .orElse(userHome.resolve(".config"))
        .resolve("warren");
  }

  /** {@code config.yaml} in {@link #configDirectory()}. */
  public Path configFile() {
    return configDirectory().resolve("config.yaml");
  }

  /** The user's cluster credentials: {@code tls/} in {@link #configDirectory()}. */
  public CredentialsDirectory credentials() {
    return new CredentialsDirectory(configDirectory().resolve("tls"));
  }
}
