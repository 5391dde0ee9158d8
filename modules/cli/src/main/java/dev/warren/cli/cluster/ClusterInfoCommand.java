package dev.warren.cli.cluster;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code warren cluster info}: the leader and the managers of the cluster. */
@Command(name = "info", description = "Show the cluster's leader and managers.")
public final class ClusterInfoCommand extends ManagerOutputCommand {
  ClusterInfoCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    ClusterInfo info;
    try (ManagerClient manager = connect()) {
      info = manager.cluster().get();
    }
    PrintWriter out = out();
    if (output.quiet()) {
      // The ids of a cluster are its members'.
      info.members().forEach(member -> out.println(member.id()));
      out.flush();
    } else {
      output.printObject(out, info, ClusterInfo::leaderId, ClusterInfoCommand::table);
    }
    return ExitCodes.OK;
  }

  static String table(ClusterInfo info) {
    String leader =
        info.leaderId().isEmpty()
            ? "none (election in progress)"
            : info.leaderId() + " (API " + info.leaderApiAddress() + ")";
    Table members = Table.withColumns("ID", "ADDRESS", "SUFFRAGE", "LEADER");
    for (ClusterMember member : info.members()) {
      members.row(
          member.id(),
          member.address(),
          member.suffrage().wireName(),
          member.id().equals(info.leaderId()) ? "*" : "");
    }
    return "Leader: " + leader + "\n\n" + members.render();
  }
}
