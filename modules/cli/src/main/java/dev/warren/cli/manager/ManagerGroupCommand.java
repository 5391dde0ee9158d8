package dev.warren.cli.manager;

import picocli.CommandLine.Command;

/** {@code warren manager}: managers joining and leaving a cluster. */
@Command(
    name = "manager",
    description = "Add this machine to a cluster as a manager, or take a manager out.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ManagerJoinCommand.class, ManagerLeaveCommand.class})
public final class ManagerGroupCommand {}
