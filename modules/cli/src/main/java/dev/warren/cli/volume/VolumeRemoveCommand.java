package dev.warren.cli.volume;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren volume rm NAME|ID...}: removes each volume, printing what it removed. Goes on after
 * a failure (a volume still mounted, say), prints one error line per failure and exits with the
 * first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more volumes.")
public final class VolumeRemoveCommand extends RemoveCommand {
  VolumeRemoveCommand(CliPorts ports) {
    super(
        ports,
        VolumeCommand.NOUN,
        (m, reference) ->
            m.volumes().delete(new DeleteVolumeRequest(VolumeResolver.resolve(m, reference).id())));
  }
}
