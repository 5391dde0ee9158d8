package dev.warren.cli.volume;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren volume ls}: every volume, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List volumes.")
public final class VolumeListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  VolumeListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    List<Volume> volumes;
    try (ManagerClient manager = connector.connect(client.config())) {
      volumes = manager.volumes().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE));
    }
    output.printList(
        spec.commandLine().getOut(),
        volumes,
        volume -> volume.id().value(),
        list -> table(list, clock.instant()));
    return ExitCodes.OK;
  }

  static String table(List<Volume> volumes, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "DRIVER", "NODE", "CREATED");
    for (Volume volume : volumes) {
      table.row(
          volume.id().value(),
          volume.name(),
          volume.driver(),
          volume.nodeId().map(NodeId::value).orElse("-"),
          RelativeTime.ago(volume.createdAt(), now));
    }
    return table.render();
  }
}
