package dev.warren.cli.service;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.port.in.DeleteServiceRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren service rm NAME|ID...}: removes each service, printing what it removed. Like {@code
 * docker service rm} it goes on after a failure, prints one error line per failure and exits with
 * the first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more services.")
public final class ServiceRemoveCommand extends RemoveCommand {
  ServiceRemoveCommand(CliPorts ports) {
    super(
        ports,
        ServiceCommand.NOUN,
        (m, reference) ->
            m.services()
                .delete(
                    new DeleteServiceRequest(
                        ServiceResolver.resolve(m.services(), reference).id())));
  }
}
