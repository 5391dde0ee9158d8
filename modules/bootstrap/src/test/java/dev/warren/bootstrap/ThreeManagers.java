package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.tls.ClientTlsIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Three managers of one cluster, each a separate {@code warren} JVM on 127.0.0.1 with OS-chosen
 * ports (manager-1 runs {@code cluster init}, manager-2 and manager-3 {@code manager join} with a
 * manager token), without embedded workers, data directories under one root, and the real command
 * line and clients against them as the admin whose credentials manager-1 wrote. A manager can be
 * killed with SIGKILL and started again on its data directory and its Raft port (the group knows it
 * at that address); its API port may change. Close it to kill every process.
 *
 * <p>Meant for the bootstrap ITs of a replicated control plane: pass a root under {@code /tmp}
 * whose name says who started the processes ({@code pgrep -f ROOT} finds them).
 */
final class ThreeManagers implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern API = Pattern.compile("API: +(\\S+)");
  private static final Pattern RAFT = Pattern.compile("Raft: +(\\S+)");
  private static final String ANY_PORT = "127.0.0.1:0";

  /** One manager process as last started. */
  private record Member(String nodeId, Process process, TcpAddress api, TcpAddress raft) {}

  private final Path root;
  private final WarrenJvm jvm;
  private final Member[] members = new Member[3];
  private int starts;

  private ThreeManagers(Path root) {
    this.root = root;
    this.jvm = new WarrenJvm(root);
  }

  /**
   * Starts manager-1 with {@code cluster init}, then manager-2 and manager-3 joining it, each once
   * the one before runs.
   */
  static ThreeManagers start(Path root) {
    var trio = new ThreeManagers(root);
    try {
      trio.members[0] = trio.launch(0, List.of("cluster", "init"), ANY_PORT);
      String token = trio.managerToken();
      for (int index = 1; index < 3; index++) {
        var join = new ArrayList<>(List.of("manager", "join", "--token", token));
        join.addAll(List.of("--manager", trio.members[0].api().toString()));
        trio.members[index] = trio.launch(index, join, ANY_PORT);
      }
      return trio;
    } catch (RuntimeException | Error failure) {
      trio.close();
      throw failure;
    }
  }

  /** The node id of manager {@code index} (0, 1 or 2). */
  String nodeId(int index) {
    return "manager-" + (index + 1);
  }

  /** Where manager {@code index}'s API listens now. */
  TcpAddress api(int index) {
    return member(index).api();
  }

  /** The data directory of manager {@code index}. */
  Path dataDir(int index) {
    return root.resolve(nodeId(index));
  }

  /** The index of the manager that leads now, by the answer of manager {@code asked}. */
  int leader(int asked) {
    try (GrpcWarrenClient admin = admin(asked)) {
      ClusterInfo info = admin.get();
      return IntStream.range(0, 3)
          .filter(index -> nodeId(index).equals(info.leaderId()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no leader known: " + info));
    }
  }

  /** The environment of the admin whose credentials manager-1 wrote. */
  CliEnvironment environment() {
    return CliRun.isolatedIn(jvm.configHome());
  }

  /** An admin client of manager {@code index}; the caller closes it. */
  GrpcWarrenClient admin(int index) {
    TcpAddress api = api(index);
    return GrpcWarrenClient.mutualTls(
        api.host(), api.port(), TlsClients.admin(environment().credentials()), TlsClients.DEADLINE);
  }

  /** A client of manager {@code index} presenting {@code identity}; the caller closes it. */
  GrpcWarrenClient as(int index, ClientTlsIdentity identity) {
    TcpAddress api = api(index);
    return GrpcWarrenClient.mutualTls(api.host(), api.port(), identity, TlsClients.DEADLINE);
  }

  /** Kills manager {@code index} with SIGKILL and waits until it is gone. */
  void kill(int index) {
    Process process = member(index).process();
    process.destroyForcibly();
    try {
      assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while killing " + nodeId(index), e);
    }
  }

  /**
   * Starts manager {@code index} again on its data directory and Raft port ({@code server run});
   * returns once it serves its API.
   */
  void restart(int index) {
    Member before = member(index);
    assertThat(before.process().isAlive()).as(nodeId(index) + " still runs").isFalse();
    members[index] = launch(index, List.of("server", "run"), before.raft().toString());
  }

  private Member member(int index) {
    return Objects.requireNonNull(members[index], () -> nodeId(index) + " was never started");
  }

  private String managerToken() {
    try (GrpcWarrenClient admin = admin(0)) {
      return admin.joinTokens().generate(new GenerateJoinTokenRequest(Role.MANAGER)).token();
    }
  }

  private Member launch(int index, List<String> command, String raftListen) {
    Path output = root.resolve(nodeId(index) + "-" + (++starts) + ".out");
    var args = new ArrayList<>(command);
    args.addAll(
        List.of(
            "--data-dir",
            dataDir(index).toString(),
            "--node-id",
            nodeId(index),
            "--no-worker",
            "--listen",
            ANY_PORT,
            "--raft-listen",
            raftListen,
            "--metrics-listen",
            ANY_PORT));
    Process process;
    try {
      process = jvm.warren(output, args.toArray(String[]::new)).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Await.until(
          nodeId(index) + " runs",
          TIMEOUT,
          () -> WarrenJvm.read(output).contains("Manager running") || !process.isAlive());
      String printed = WarrenJvm.read(output);
      Matcher api = API.matcher(printed);
      Matcher raft = RAFT.matcher(printed);
      assertThat(api.find() && raft.find()).as(nodeId(index) + " printed:\n" + printed).isTrue();
      return new Member(
          nodeId(index), process, TcpAddress.parse(api.group(1)), TcpAddress.parse(raft.group(1)));
    } catch (RuntimeException | Error failure) {
      process.destroyForcibly();
      throw failure;
    }
  }

  /** Kills every manager process still running. */
  @Override
  public void close() {
    for (Member member : members) {
      if (member != null && member.process().isAlive()) {
        member.process().destroyForcibly();
        try {
          member.process().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
