package dev.warren.cli.volume;

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
public final class VolumeCommand {}
