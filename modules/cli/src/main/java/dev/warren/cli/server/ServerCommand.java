package dev.warren.cli.server;

import picocli.CommandLine.Command;

/** {@code warren server}: running a manager node. */
@Command(
    name = "server",
    description = "Run a manager node.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ServerRunCommand.class})
public final class ServerCommand {}
