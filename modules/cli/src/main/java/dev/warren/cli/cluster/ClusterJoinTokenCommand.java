package dev.warren.cli.cluster;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warren cluster join-token worker|manager|admin [--rotate]}: issues a new join token and
 * prints it once, to stdout, with how to use it ({@code -q}: the token alone, for scripts). Each
 * run issues a new token; the manager keeps only its hash. {@code --rotate} also revokes every
 * earlier token of the role.
 */
@Command(
    name = "join-token",
    description =
        "Issue a token with which a node joins as a worker or a manager, or an admin obtains a"
            + " certificate.")
public final class ClusterJoinTokenCommand extends ManagerCommand {
  @Parameters(index = "0", paramLabel = "ROLE", description = "worker, manager or admin.")
  String role;

  @Option(
      names = "--rotate",
      description = "Revoke every earlier token of this role; nodes already joined are unaffected.")
  boolean rotate;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the token.")
  boolean quiet;

  ClusterJoinTokenCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    GenerateJoinTokenRequest request = GenerateJoinTokenRequest.forRole(role, rotate);
    GenerateJoinTokenResult issued;
    try (ManagerClient manager = connect()) {
      issued = manager.cluster().generate(request);
    }
    PrintWriter out = out();
    if (quiet) {
      out.println(issued.token());
    } else {
      if (issued.role() == Role.ADMIN) {
        out.println("An administrator obtains a certificate for this cluster with this token:");
        out.println();
        out.println("    " + issued.token());
      } else {
        out.println(
            "To add a " + issued.role().wireName() + " to this cluster, run on the new node:");
        out.println();
        out.println(
            "    warren cluster join --token " + issued.token() + " " + client.config().manager());
      }
      out.println();
      if (rotate) {
        out.println("Earlier " + issued.role().wireName() + " tokens no longer work.");
      }
      out.println("The token expires at " + issued.expiresAt() + ".");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
