package dev.warren.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.CliEnvironment;
import dev.warren.cli.WarrenCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.IFactory;

/** One run of the {@code warren} command line with its output captured. */
public record CliRun(int exitCode, String out, String err) {

  /** No variables, a home without a config file, empty standard input. */
  public static final CliEnvironment ISOLATED =
      new CliEnvironment(
          Map.of(),
          Path.of("/nonexistent/warren-test-home"),
          new ByteArrayInputStream(new byte[0]));

  /**
   * Like {@link #ISOLATED}, but with {@code XDG_CONFIG_HOME} at {@code configHome}: where a test's
   * manager writes the admin credentials that its commands then use.
   */
  public static CliEnvironment isolatedIn(Path configHome) {
    return new CliEnvironment(
        Map.of("XDG_CONFIG_HOME", configHome.toString()),
        Path.of("/nonexistent/warren-test-home"),
        new ByteArrayInputStream(new byte[0]));
  }

  /**
   * Runs {@code args} isolated from the real user's environment and config file, on the command
   * line {@code Main} builds for them (only the branch they name).
   */
  public static CliRun execute(IFactory factory, String... args) {
    return execute(factory, ISOLATED, args);
  }

  public static CliRun execute(IFactory factory, CliEnvironment environment, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int exitCode =
        WarrenCli.forArguments(factory, environment, args)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Asserts that the run exited 0 (showing the whole run if not) and returns its output. */
  public String succeeded() {
    assertThat(exitCode).as(toString()).isZero();
    return out;
  }

  /**
   * Asserts that the run exited with {@code expectedExitCode} (showing the whole run if not) and
   * returns its error output.
   */
  public String failed(int expectedExitCode) {
    assertThat(exitCode).as(toString()).isEqualTo(expectedExitCode);
    return err;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
