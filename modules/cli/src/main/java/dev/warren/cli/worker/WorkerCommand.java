package dev.warren.cli.worker;

import picocli.CommandLine.Command;

/** {@code warren worker}: the standalone worker. */
@Command(
    name = "worker",
    description = "Run this machine as a worker of a cluster.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {WorkerStartCommand.class})
public final class WorkerCommand {}
