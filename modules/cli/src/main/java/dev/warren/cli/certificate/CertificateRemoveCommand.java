package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren certificate rm NAME|ID...}: removes each TLS certificate (refused while an ingress
 * uses it), printing what it removed; goes on after a failure and exits with the first failure's
 * code, like {@code docker service rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more TLS certificates.")
public final class CertificateRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The certificates.")
  List<String> certificates = new ArrayList<>();

  CertificateRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          certificates,
          (m, reference) ->
              m.certificates()
                  .delete(
                      new DeleteTlsCertificateRequest(CertificateReferences.parse(reference))));
    }
  }
}
