package dev.warren.cli.volume;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.volume.Volume;
import picocli.CommandLine.Command;

/**
 * {@code warren volume}: the verbs particular to volumes; {@link VolumeNoun} describes the rest.
 */
@Command(name = "volume", subcommands = VolumeCreateCommand.class)
public final class VolumeCommand extends NounGroupCommand<Volume> {
  public VolumeCommand() {
    super(VolumeNoun.NOUN, "Manage volumes.");
  }
}
