package dev.warren.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints every failure as one line, {@code error: <message>}, on the command's error stream and
 * returns the exit code from {@link ExitCodes}. No stack traces: the message is written for users.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final ExitCodes exitCodes;

  ErrorReporter(ExitCodes exitCodes) {
    this.exitCodes = exitCodes;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, ParseResult parseResult) {
    return report(failure, command);
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    return report(failure, failure.getCommandLine());
  }

  int report(Throwable failure, CommandLine command) {
    command.getErr().println("error: " + messageOf(failure));
    command.getErr().flush();
    return exitCodes.getExitCode(failure);
  }

  /** The message, or for an exception without one its type, so the line is never "null". */
  public static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
