package dev.warren.cli;

import dev.warren.domain.error.DomainException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loop of every {@code rm} command, like {@code docker rm}: removes each reference in turn,
 * printing it when removed, goes on after a failure with one error line for it, and answers the
 * first failure's exit code.
 */
public final class RemoveEach {
  private static final ExitCodes EXIT_CODES = new ExitCodes();

  /** Removes one referenced object, throwing the domain's exception when it cannot. */
  @FunctionalInterface
  public interface Removal {
    void remove(ManagerClient manager, String reference);
  }

  private RemoveEach() {}

  public static int run(
      CommandSpec spec, ManagerClient manager, List<String> references, Removal removal) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exitCode = ExitCodes.OK;
    for (String reference : references) {
      try {
        removal.remove(manager, reference);
        out.println(reference);
        out.flush();
      } catch (DomainException failure) {
        err.println("error: " + ErrorReporter.messageOf(failure));
        err.flush();
        if (exitCode == ExitCodes.OK) {
          exitCode = EXIT_CODES.getExitCode(failure);
        }
      }
    }
    return exitCode;
  }
}
