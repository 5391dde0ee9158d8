package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.certificate.CertificateCommand;
import dev.warren.cli.cluster.ClusterCommand;
import dev.warren.cli.node.NodeCommand;
import dev.warren.cli.service.ServiceCommand;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class WarrenCliTest extends AgainstFakeManager {

  @Test
  void aCommandLineNamingANounBuildsOnlyThatBranch() {
    assertThat(WarrenCli.branchOf(List.of("service", "ls")))
        .contains(List.of(ServiceCommand.class));
    assertThat(WarrenCli.branchOf(List.of("--manager", "10.0.0.5:8080", "node", "ls")))
        .contains(List.of(NodeCommand.class));
    assertThat(WarrenCli.branchOf(List.of("--socket=/run/w.sock", "cluster", "info")))
        .contains(List.of(ClusterCommand.class));
    assertThat(WarrenCli.branchOf(List.of("cert", "ls")))
        .contains(List.of(CertificateCommand.class));
    assertThat(WarrenCli.branchOf(List.of("--stale", "service", "ls")))
        .contains(List.of(ServiceCommand.class));
    // A root option's value is never taken for the command, whatever it looks like.
    assertThat(WarrenCli.branchOf(List.of("--socket", "service", "node", "ls")))
        .contains(List.of(NodeCommand.class));
  }

  @Test
  void aBareVersionBuildsNoBranch() {
    assertThat(WarrenCli.branchOf(List.of("--version"))).contains(List.of());
    assertThat(WarrenCli.branchOf(List.of("-V"))).contains(List.of());
  }

  @Test
  void everythingElseGetsTheWholeTree() {
    for (List<String> args :
        List.of(
            List.<String>of(),
            List.of("--help"),
            List.of("-V", "service", "ls"),
            List.of("servce", "ls"),
            List.of("--bogus", "service", "ls"),
            List.of("--", "service"),
            List.of("@args.txt"),
            List.of("--manager"),
            List.of("completion", "bash"))) {
      assertThat(WarrenCli.branchOf(args)).as("%s", args).isEqualTo(Optional.empty());
    }
  }

  @Test
  void helpListsEveryTopLevelCommand() {
    CliRun run = warren("--help");

    assertThat(run.exitCode()).isZero();
    for (Class<?> command : WarrenCommand.SUBCOMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      assertThat(run.out()).as(name).containsPattern("(?m)^ +" + name + "\\b");
    }
  }

  @Test
  void everyCommandsHelpIsTheSameOnItsBranchAsOnTheWholeTree() {
    CommandLine wholeTree = WarrenCli.create(factory, CliRun.ISOLATED);
    List<List<String>> paths = new ArrayList<>();
    collectPaths(wholeTree, new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(WarrenCommand.SUBCOMMANDS.size());

    for (List<String> path : paths) {
      var args = new ArrayList<>(path);
      args.add("--help");
      String[] argv = args.toArray(String[]::new);
      String whole = helpOf(wholeTree, argv);
      String branch = helpOf(WarrenCli.forArguments(factory, CliRun.ISOLATED, argv), argv);
      assertThat(branch).as("%s", args).isEqualTo(whole).contains("Usage: warren");
    }
  }

  @Test
  void aRootOptionBeforeTheNounReachesTheBranch() {
    CliRun run = warren("--manager", "not-an-address", "service", "ls");

    assertThat(run.failed(2)).contains("not-an-address");
  }

  private static void collectPaths(
      CommandLine command, List<String> prefix, List<List<String>> paths) {
    command.getSubcommands().values().stream()
        .distinct()
        .forEach(
            sub -> {
              var path = new ArrayList<>(prefix);
              path.add(sub.getCommandName());
              paths.add(path);
              collectPaths(sub, path, paths);
            });
  }

  private static String helpOf(CommandLine commandLine, String... args) {
    var out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true));
    assertThat(commandLine.execute(args)).as("exit code of %s", List.of(args)).isZero();
    return out.toString();
  }
}
