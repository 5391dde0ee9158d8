package dev.warren.cli.volume;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren volume rm NAME|ID...}: removes each volume, printing what it removed. Goes on after
 * a failure (a volume still mounted, say), prints one error line per failure and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more volumes.")
public final class VolumeRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The volumes.")
  List<String> volumes = new ArrayList<>();

  VolumeRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          volumes,
          (m, reference) ->
              m.volumes()
                  .delete(
                      new DeleteVolumeRequest(VolumeResolver.resolve(m, reference).id())));
    }
  }
}
