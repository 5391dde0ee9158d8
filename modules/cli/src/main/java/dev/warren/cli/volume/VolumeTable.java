package dev.warren.cli.volume;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of volumes. */
final class VolumeTable {
  private VolumeTable() {}

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
