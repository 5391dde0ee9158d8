package dev.warren.cli.ingress;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.port.in.DeleteIngressRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren ingress rm NAME|ID...}: removes each ingress, printing what it removed; goes on
 * after a failure and exits with the first failure's code, like {@code docker service rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more ingresses.")
public final class IngressRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The ingresses.")
  List<String> ingresses = new ArrayList<>();

  IngressRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          ingresses,
          (m, reference) ->
              m.ingresses()
                  .delete(new DeleteIngressRequest(IngressReferences.parse(reference))));
    }
  }
}
