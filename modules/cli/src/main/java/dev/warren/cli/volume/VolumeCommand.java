package dev.warren.cli.volume;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren volume}: the volume commands. */
@Command(
    name = "volume",
    modelTransformer = NounVerbs.class,
    description = "Manage volumes.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {VolumeCreateCommand.class})
public final class VolumeCommand implements NounGroup {
  private static final Noun<Volume> NOUN =
      new Noun<>(
          "volume",
          "volumes",
          "NAME|ID",
          Noun.help("List volumes.", "Show one volume in detail.", "Remove one or more volumes."),
          volume -> volume.id().value(),
          Function.identity(),
          Noun.ANY_REFERENCE,
          manager -> manager.volumes().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE)),
          VolumeResolver::resolve,
          (manager, reference) ->
              manager
                  .volumes()
                  .delete(new DeleteVolumeRequest(VolumeResolver.resolve(manager, reference).id())),
          VolumeTable::table,
          VolumeDetails::pretty);

  @Override
  public Noun<Volume> noun() {
    return NOUN;
  }
}
