package dev.warren.bootstrap.cli.cluster;

import picocli.CommandLine.Command;

/** {@code warren cluster}: the cluster commands. */
@Command(
    name = "cluster",
    description = "Create and describe the cluster.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ClusterInitCommand.class,
      ClusterInfoCommand.class,
      ClusterJoinTokenCommand.class
    })
public final class ClusterCommand {}
