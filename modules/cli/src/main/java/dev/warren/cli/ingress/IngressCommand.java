package dev.warren.cli.ingress;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.ReadConsistency;
import picocli.CommandLine.Command;

/** {@code warren ingress}: the ingress commands. */
@Command(
    name = "ingress",
    description = "Manage ingresses (HTTP routes from hosts and paths to services).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      IngressCreateCommand.class,
      IngressListCommand.class,
      IngressInspectCommand.class,
      IngressUpdateCommand.class,
      IngressRemoveCommand.class
    })
public final class IngressCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<Ingress> NOUN =
      Noun.of(
          "ingress",
          "ingresses",
          "NAME|ID",
          ingress -> ingress.id().value(),
          (manager, reference) ->
              manager
                  .ingresses()
                  .get(new GetIngressRequest(IngressReferences.parse(reference), ReadConsistency.LINEARIZABLE)),
          IngressListCommand::table,
          IngressInspectCommand::pretty);
}
