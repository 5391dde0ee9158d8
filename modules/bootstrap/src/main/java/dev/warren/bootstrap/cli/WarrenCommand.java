package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.cli.cluster.ClusterCommand;
import dev.warren.bootstrap.cli.container.ContainerCommand;
import dev.warren.bootstrap.cli.node.NodeCommand;
import dev.warren.bootstrap.cli.server.ServerCommand;
import dev.warren.bootstrap.cli.service.ServiceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code warren}: the root of the command tree. */
@Command(
    name = "warren",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Warren: a container orchestrator control plane in the style of Docker Swarm.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ClusterCommand.class,
      ServerCommand.class,
      ServiceCommand.class,
      NodeCommand.class,
      ContainerCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILURE,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_NOT_FOUND,
      ExitCodes.HELP_CONFLICT,
      ExitCodes.HELP_UNAVAILABLE,
      ExitCodes.HELP_DENIED
    },
    footerHeading = "%n",
    footer = "Errors are printed as one line on stderr: 'error: <message>'.")
public final class WarrenCommand {}
