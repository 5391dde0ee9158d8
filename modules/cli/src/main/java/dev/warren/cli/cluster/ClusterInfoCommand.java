package dev.warren.cli.cluster;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren cluster info}: the leader and the managers of the cluster. */
@Command(name = "info", description = "Show the cluster's leader and managers.")
public final class ClusterInfoCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  ClusterInfoCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    ClusterInfo info;
    try (ManagerClient manager = connector.connect(client.config())) {
      info = manager.cluster().get();
    }
    PrintWriter out = spec.commandLine().getOut();
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
