package dev.warren.bootstrap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the configured {@code warren} command line, for {@code Main} and for tests alike. */
public final class WarrenCli {
  private WarrenCli() {}

  /** A command line whose commands come from {@code factory}, printing to the process streams. */
  public static CommandLine create(IFactory factory) {
    var exitCodes = new ExitCodes();
    var errors = new ErrorReporter(exitCodes);
    return new CommandLine(new WarrenCommand(), factory)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(exitCodes)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }

  /** The same with captured streams. */
  public static CommandLine create(IFactory factory, PrintWriter out, PrintWriter err) {
    return create(factory).setOut(out).setErr(err);
  }
}
