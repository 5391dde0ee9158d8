package dev.warren.cli.cluster;

import picocli.CommandLine.Command;

/** {@code warren cluster}: the cluster commands. */
@Command(
    name = "cluster",
    description = "Create and describe the cluster, and obtain its credentials.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ClusterInitCommand.class,
      ClusterInfoCommand.class,
      ClusterJoinTokenCommand.class,
      ClusterCaCommand.class,
      ClusterLoginCommand.class
    })
public final class ClusterCommand {}
