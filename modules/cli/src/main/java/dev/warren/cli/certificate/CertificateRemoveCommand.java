package dev.warren.cli.certificate;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren certificate rm NAME|ID...}: removes each TLS certificate (refused while an ingress
 * uses it), printing what it removed; goes on after a failure and exits with the first failure's
 * code, like {@code docker service rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more TLS certificates.")
public final class CertificateRemoveCommand extends RemoveCommand {
  CertificateRemoveCommand(CliPorts ports) {
    super(
        ports,
        CertificateCommand.NOUN,
        (m, reference) ->
            m.certificates()
                .delete(new DeleteTlsCertificateRequest(CertificateReferences.parse(reference))));
  }
}
