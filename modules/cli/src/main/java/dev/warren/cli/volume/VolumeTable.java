package dev.warren.cli.volume;

import dev.warren.cli.kit.NamedTable;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of volumes. */
final class VolumeTable {
  private static final NamedTable<Volume> TABLE =
      new NamedTable<>(
          List.of("DRIVER", "NODE"),
          volume -> volume.id().value(),
          Volume::name,
          Volume::createdAt);

  private VolumeTable() {}

  static String table(List<Volume> volumes, Instant now) {
    return TABLE.render(
        volumes,
        now,
        volume -> List.of(volume.driver(), volume.nodeId().map(NodeId::value).orElse("-")));
  }
}
