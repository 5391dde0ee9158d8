package dev.warren.cli.node;

import picocli.CommandLine.Command;

/** {@code warren node}: the node commands. */
@Command(
    name = "node",
    description = "Manage nodes.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {NodeListCommand.class, NodeInspectCommand.class, NodeRemoveCommand.class})
public final class NodeCommand {}
