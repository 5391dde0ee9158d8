package dev.warren.cli.volume;

import dev.warren.cli.kit.ListCommand;
import dev.warren.cli.CliPorts;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code warren volume ls}: every volume, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List volumes.")
public final class VolumeListCommand extends ListCommand<Volume> {
  VolumeListCommand(CliPorts ports) {
    super(
        ports,
        VolumeCommand.NOUN,
        manager -> manager.volumes().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)));
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
