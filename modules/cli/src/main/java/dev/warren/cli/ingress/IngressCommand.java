package dev.warren.cli.ingress;

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
public final class IngressCommand {}
