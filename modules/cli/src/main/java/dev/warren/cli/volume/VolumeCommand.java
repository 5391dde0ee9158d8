package dev.warren.cli.volume;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code warren volume}: the volume commands. */
@Command(
    name = "volume",
    description = "Manage volumes.",
    subcommands = {VolumeCreateCommand.class})
public final class VolumeCommand extends NounGroupCommand<Volume> {
  private static final Columns<Volume> TABLE =
      Columns.<Volume>of("ID", volume -> volume.id().value())
          .and("NAME", Volume::name)
          .and("DRIVER", Volume::driver)
          .and("NODE", volume -> volume.nodeId().map(NodeId::value).orElse("-"))
          .age("CREATED", Volume::createdAt);

  public VolumeCommand() {
    super(
        Noun.<Volume>called("volume", "volumes", "NAME|ID")
            .id(volume -> volume.id().value())
            .all(manager -> manager.volumes().list(new ListVolumesRequest(LINEARIZABLE)))
            .lookupByNameOrId(
                VolumeId::of,
                (manager, name) ->
                    manager.volumes().get(new GetVolumeByNameRequest(name, LINEARIZABLE)))
            .list("List volumes.", TABLE::render)
            .inspect("Show one volume in detail.", VolumeCommand::details)
            .removeFound(
                "Remove one or more volumes.",
                (manager, volume) -> manager.volumes().delete(new DeleteVolumeRequest(volume.id())))
            .build());
  }

  private static String details(Volume volume, Instant now) {
    return Details.aligned(12, now)
        .line("ID:", volume.id().value())
        .line("Name:", volume.name())
        .line("Driver:", volume.driver())
        .line("Node:", volume.nodeId().map(NodeId::value).orElse("- (not placed yet)"))
        .line("Mount path:", volume.mountPath().isEmpty() ? "-" : volume.mountPath())
        .since("Created:", volume.createdAt())
        .entries("Options:", volume.driverOpts())
        .entries("Labels:", volume.labels())
        .text();
  }
}
