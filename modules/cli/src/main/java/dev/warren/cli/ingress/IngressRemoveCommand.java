package dev.warren.cli.ingress;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.port.in.DeleteIngressRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren ingress rm NAME|ID...}: removes each ingress, printing what it removed; goes on
 * after a failure and exits with the first failure's code, like {@code docker service rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more ingresses.")
public final class IngressRemoveCommand extends RemoveCommand {
  IngressRemoveCommand(CliPorts ports) {
    super(
        ports,
        IngressCommand.NOUN,
        (m, reference) ->
            m.ingresses().delete(new DeleteIngressRequest(IngressReferences.parse(reference))));
  }
}
