package dev.warren.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the configured {@code warren} command line, for {@code Main} and for tests alike. */
public final class WarrenCli {
  private WarrenCli() {}

  /** A command line whose commands come from {@code factory}, in this process's environment. */
  public static CommandLine create(IFactory factory) {
    return create(factory, CliEnvironment.system());
  }

  /** A command line whose commands come from {@code factory}, in {@code environment}. */
  public static CommandLine create(IFactory factory, CliEnvironment environment) {
    var exitCodes = new ExitCodes();
    var errors = new ErrorReporter(exitCodes);
    return new CommandLine(new WarrenCommand(environment), factory)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(exitCodes)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }

  /** The same with captured streams, in this process's environment. */
  public static CommandLine create(IFactory factory, PrintWriter out, PrintWriter err) {
    return create(factory).setOut(out).setErr(err);
  }

  /** The same with captured streams, in {@code environment}. */
  public static CommandLine create(
      IFactory factory, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    return create(factory, environment).setOut(out).setErr(err);
  }
}
