package dev.warren.cli.volume;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.volume.Volume;
import picocli.CommandLine.Command;

/** {@code warren volume}: the volume commands. */
@Command(
    name = "volume",
    description = "Manage volumes.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      VolumeCreateCommand.class,
      VolumeListCommand.class,
      VolumeInspectCommand.class,
      VolumeRemoveCommand.class
    })
public final class VolumeCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<Volume> NOUN =
      Noun.of(
          "volume",
          "volumes",
          "NAME|ID",
          volume -> volume.id().value(),
          VolumeResolver::resolve,
          VolumeListCommand::table,
          VolumeInspectCommand::pretty);
}
