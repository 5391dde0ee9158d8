package dev.warren.cli.cluster;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Suffrage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;

/**
 * {@code warren cluster info}: the leader and the managers of the cluster, with each one's applied
 * log index and whether the manager asked could reach it.
 */
@Command(
    name = "info",
    description =
        "Show the cluster's leader and managers, with each one's applied log index and whether it"
            + " is reachable.")
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
      output.printObject(
          out, info, ClusterInfoCommand::shown, ClusterInfo::leaderId, ClusterInfoCommand::table);
    }
    return ExitCodes.OK;
  }

  static String table(ClusterInfo info) {
    String leader =
        info.leaderId().isEmpty()
            ? "none (election in progress)"
            : info.leaderId() + " (API " + info.leaderApiAddress() + ")";
    boolean withProgress = !info.progress().isEmpty();
    Table members =
        withProgress
            ? Table.withColumns("ID", "ADDRESS", "SUFFRAGE", "LEADER", "APPLIED", "REACHABLE")
            : Table.withColumns("ID", "ADDRESS", "SUFFRAGE", "LEADER");
    for (ClusterMember member : info.members()) {
      String leading = member.id().equals(info.leaderId()) ? "*" : "";
      if (withProgress) {
        Optional<MemberProgress> progress = info.progressOf(member.id());
        members.row(
            member.id(),
            member.address(),
            member.suffrage().wireName(),
            leading,
            progress.flatMap(known -> boxed(known.appliedIndex())).map(String::valueOf).orElse("-"),
            progress.map(known -> known.reachable() ? "yes" : "no").orElse("unknown"));
      } else {
        members.row(member.id(), member.address(), member.suffrage().wireName(), leading);
      }
    }
    return "Leader: " + leader + "\n\n" + members.render();
  }

  /**
   * What JSON and YAML show: the answer as it is when it carries no progress (a manager that does
   * not report it), else each member with its reachability and applied index beside it.
   */
  static Object shown(ClusterInfo info) {
    if (info.progress().isEmpty()) {
      return new ClusterInfoWithoutProgress(
          info.leaderId(), info.leaderApiAddress(), info.members());
    }
    return new ClusterInfoView(
        info.leaderId(),
        info.leaderApiAddress(),
        info.members().stream()
            .map(
                member -> {
                  Optional<MemberProgress> progress = info.progressOf(member.id());
                  return new MemberView(
                      member.id(),
                      member.address(),
                      member.suffrage(),
                      progress.map(MemberProgress::reachable),
                      progress.flatMap(known -> boxed(known.appliedIndex())));
                })
            .toList());
  }

  private static Optional<Long> boxed(OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }

  /** The answer of a manager that reports no progress, for JSON and YAML. */
  public record ClusterInfoWithoutProgress(
      String leaderId, String leaderApiAddress, List<ClusterMember> members) {}

  /** The answer with each member's progress, for JSON and YAML. */
  public record ClusterInfoView(
      String leaderId, String leaderApiAddress, List<MemberView> members) {}

  /** One member with its progress; empty where unknown. */
  public record MemberView(
      String id,
      String address,
      Suffrage suffrage,
      Optional<Boolean> reachable,
      Optional<Long> appliedIndex) {}
}
