package dev.warren.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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

  /**
   * A usage error: the message, picocli's suggestions if it has any, and where to read the usage,
   * all on one line (never the whole usage text).
   */
  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    var line = new StringBuilder(messageOf(failure));
    if (failure instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      line.append(" (did you mean ")
          .append(
              unmatched.getSuggestions().stream()
                  .map(suggestion -> "'" + suggestion + "'")
                  .collect(Collectors.joining(" or ")))
          .append("?)");
    }
    line.append("; see '").append(command.getCommandSpec().qualifiedName()).append(" --help'");
    command.getErr().println("error: " + line);
    command.getErr().flush();
    return exitCodes.getExitCode(failure);
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
