package dev.warren.cli.container;

import picocli.CommandLine.Command;

/** {@code warren container}: the container commands. */
@Command(
    name = "container",
    description = "Inspect containers (the replicas of services).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ContainerListCommand.class, ContainerInspectCommand.class})
public final class ContainerCommand {}
