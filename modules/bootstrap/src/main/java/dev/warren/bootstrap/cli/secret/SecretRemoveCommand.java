package dev.warren.bootstrap.cli.secret;

import dev.warren.bootstrap.cli.ClientOptions;
import dev.warren.bootstrap.cli.ErrorReporter;
import dev.warren.bootstrap.cli.ExitCodes;
import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.bootstrap.cli.ManagerConnector;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.DeleteSecretRequest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren secret rm NAME|ID...}: removes each secret, printing what it removed. Goes on after
 * a failure (a secret still in use, say), prints one error line per failure and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more secrets.")
public final class SecretRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final ExitCodes exitCodes = new ExitCodes();

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The secrets.")
  List<String> secrets = new ArrayList<>();

  @Inject
  SecretRemoveCommand(ManagerConnector connector) {
    this.connector = connector;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exitCode = ExitCodes.OK;
    try (ManagerClient manager = connector.connect(client.config())) {
      for (String reference : secrets) {
        try {
          SecretMetadata secret = SecretResolver.resolve(manager, reference);
          manager.deleteSecret().delete(new DeleteSecretRequest(secret.id()));
          out.println(reference);
          out.flush();
        } catch (DomainException failure) {
          err.println("error: " + ErrorReporter.messageOf(failure));
          err.flush();
          if (exitCode == ExitCodes.OK) {
            exitCode = exitCodes.getExitCode(failure);
          }
        }
      }
    }
    return exitCode;
  }
}
