package dev.warren.cli.cluster;

import picocli.CommandLine.Command;

/** {@code warren cluster}: the cluster commands. */
@Command(
    name = "cluster",
    description =
        "Create and describe the cluster, obtain its credentials, back it up and restore it.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ClusterInitCommand.class,
      ClusterInfoCommand.class,
      ClusterJoinTokenCommand.class,
      ClusterCaCommand.class,
      ClusterLoginCommand.class,
      ClusterBackupCommand.class,
      ClusterRestoreCommand.class
    })
public final class ClusterCommand {}
