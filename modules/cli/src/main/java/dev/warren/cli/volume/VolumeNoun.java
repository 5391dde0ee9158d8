package dev.warren.cli.volume;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListVolumesRequest;

/** Volumes as {@code ls}, {@code inspect} and {@code rm} see them. */
final class VolumeNoun {
  static final Noun<Volume> NOUN =
      Noun.<Volume>named("volume", "volumes", volume -> volume.id().value(), Volume::name)
          .all(manager -> manager.volumes().list(new ListVolumesRequest(LINEARIZABLE)))
          .lookupByNameOrId(
              VolumeId::of,
              (manager, name) ->
                  manager.volumes().get(new GetVolumeByNameRequest(name, LINEARIZABLE)))
          .list(
              "List volumes.",
              columns ->
                  columns
                      .and("DRIVER", Volume::driver)
                      .and("NODE", volume -> volume.nodeId().map(NodeId::value).orElse("-"))
                      .age("CREATED", Volume::createdAt))
          .removeFound(
              "Remove one or more volumes.",
              (manager, volume) -> manager.volumes().delete(new DeleteVolumeRequest(volume.id())))
          .inspect("Show one volume in detail.", 12, VolumeNoun::describe)
          .build();

  private VolumeNoun() {}

  private static void describe(Volume volume, Details details) {
    details
        .line("Driver:", volume.driver())
        .line("Node:", volume.nodeId().map(NodeId::value).orElse("- (not placed yet)"))
        .line("Mount path:", volume.mountPath().isEmpty() ? "-" : volume.mountPath())
        .since("Created:", volume.createdAt())
        .entries("Options:", volume.driverOpts())
        .entries("Labels:", volume.labels());
  }
}
