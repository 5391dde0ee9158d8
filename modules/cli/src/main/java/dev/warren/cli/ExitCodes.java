package dev.warren.cli;

import dev.warren.domain.error.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;

/**
 * The one mapping from failures to process exit codes, so scripts can tell "does not exist" from
 * "try again later". The root command's help lists the same codes.
 */
public final class ExitCodes implements IExitCodeExceptionMapper {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int NOT_FOUND = 3;
  public static final int CONFLICT = 4;
  public static final int UNAVAILABLE = 5;
  public static final int DENIED = 6;

  /**
   * A rollout a command waited for ({@code --detach=false}) ended other than completed: paused,
   * failed, rolled back or superseded; the command says why.
   */
  public static final int ROLLOUT_NOT_COMPLETED = 7;

  // The root command's help lists these; annotation values must be constant expressions.
  static final String HELP_OK = OK + ":success";
  static final String HELP_FAILURE = FAILURE + ":unexpected failure";
  static final String HELP_USAGE = USAGE + ":usage error or invalid argument";
  static final String HELP_NOT_FOUND = NOT_FOUND + ":object not found";
  static final String HELP_CONFLICT =
      CONFLICT + ":already exists, conflicting update or failed precondition";
  static final String HELP_UNAVAILABLE =
      UNAVAILABLE + ":manager unavailable (unreachable, no leader, deadline exceeded)";
  static final String HELP_DENIED = DENIED + ":permission denied or not authenticated";
  static final String HELP_ROLLOUT_NOT_COMPLETED =
      ROLLOUT_NOT_COMPLETED + ":rollout paused, failed, rolled back or superseded (--detach=false)";

  @Override
  public int getExitCode(Throwable failure) {
    return switch (failure) {
      case CommandLine.ParameterException usage -> USAGE;
      case DomainException domain -> forKind(domain);
      default -> FAILURE;
    };
  }

  private static int forKind(DomainException failure) {
    return switch (failure.kind()) {
      case INVALID_ARGUMENT -> USAGE;
      case NOT_FOUND -> NOT_FOUND;
      case ALREADY_EXISTS, FAILED_PRECONDITION, VERSION_CONFLICT -> CONFLICT;
      case UNAVAILABLE -> UNAVAILABLE;
      case PERMISSION_DENIED, UNAUTHENTICATED -> DENIED;
      case NOT_IMPLEMENTED -> FAILURE;
    };
  }
}
