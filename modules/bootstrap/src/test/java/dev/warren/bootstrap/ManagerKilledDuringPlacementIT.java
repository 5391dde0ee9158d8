package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.out.RuntimeContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.IFactory;

/**
 * The only manager, a hybrid node in a JVM of its own, is killed with SIGKILL while it places a
 * service of many replicas, and started again on its data directory: afterwards every slot has
 * exactly one replica (none placed twice), each runs as exactly one process (none started twice),
 * and all of them run (none lost).
 */
class ManagerKilledDuringPlacementIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern API = Pattern.compile("API: +(\\S+)");
  private static final int REPLICAS = 40;
  private static final String SERVICE = "placed";

  /** When the manager is killed. */
  enum KillMoment {
    /** As soon as the service's creation is committed: the placement is being decided. */
    CREATE_ACKNOWLEDGED,
    /** When the first replica's process runs: the placement is committed, starts are under way. */
    FIRST_REPLICA_STARTED
  }

  @TempDir Path temp;

  private Process manager;

  private Path dataDir() {
    return temp.resolve("data");
  }

  @AfterEach
  void killWhatIsLeft() throws InterruptedException {
    if (manager != null) {
      manager.destroyForcibly();
      manager.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
    new NodeProcesses(dataDir()).close();
  }

  /** Starts {@code warren COMMAND} on the data directory and returns its API address. */
  private TcpAddress startManager(String name, String... command) {
    Path output = temp.resolve(name + ".out");
    var args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--data-dir", dataDir().toString(), "--node-id", "manager-1"));
    // Every listener on an OS-assigned loopback port.
    for (String listener : List.of("--listen", "--raft-listen", "--metrics-listen")) {
      args.addAll(List.of(listener, "127.0.0.1:0"));
    }
    try {
      manager = new WarrenJvm(temp).warren(output, args.toArray(String[]::new)).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process started = manager;
    Await.until(
        "the manager runs",
        TIMEOUT,
        () -> WarrenJvm.read(output).contains("Manager running") || !started.isAlive());
    Matcher api = API.matcher(WarrenJvm.read(output));
    assertThat(api.find()).as(WarrenJvm.read(output)).isTrue();
    return TcpAddress.parse(api.group(1));
  }

  private CliEnvironment environment() {
    return CliRun.isolatedIn(new WarrenJvm(temp).configHome());
  }

  private GrpcWarrenClient admin(TcpAddress api) {
    return GrpcWarrenClient.mutualTls(
        api.host(), api.port(), TlsClients.admin(environment().credentials()), TlsClients.DEADLINE);
  }

  private List<Task> replicas(GrpcWarrenClient admin) {
    return admin
        .list(
            new ListContainersRequest(
                Optional.empty(), Optional.empty(), ReadConsistency.LINEARIZABLE))
        .stream()
        .filter(task -> task.serviceName().equals(SERVICE))
        .toList();
  }

  private static boolean allRunning(List<Task> replicas) {
    return replicas.stream()
            .filter(task -> task.desiredState() == DesiredState.RUNNING)
            .filter(task -> task.state() == TaskState.RUNNING)
            .count()
        == REPLICAS;
  }

  @ParameterizedTest
  @EnumSource(KillMoment.class)
  void noReplicaIsPlacedTwiceAndNoneIsLost(KillMoment moment) throws Exception {
    TcpAddress first = startManager("init", "cluster", "init");
    IFactory cli = DaggerCliComponent.create().commandFactory();
    CliRun create =
        CliRun.execute(
            cli,
            environment(),
            "service",
            "create",
            SERVICE,
            "--image",
            "process://",
            "--replicas",
            String.valueOf(REPLICAS),
            "--manager",
            first.toString(),
            "--",
            "sleep",
            "600");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    var processes = new NodeProcesses(dataDir());
    if (moment == KillMoment.FIRST_REPLICA_STARTED) {
      Await.until("a replica runs", TIMEOUT, () -> !processes.running().isEmpty());
    }
    manager.destroyForcibly();
    assertThat(manager.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    int runningAtKill = processes.running().size();

    TcpAddress second = startManager("run", "server", "run");
    try (GrpcWarrenClient admin = admin(second)) {
      Await.until(
          "all " + REPLICAS + " replicas run again",
          TIMEOUT,
          () -> allRunning(replicas(admin)) && processes.running().size() >= REPLICAS);

      List<Task> replicas = replicas(admin);
      List<RuntimeContainer> running = processes.running();
      String situation =
          "killed at %s with %d processes running; replicas %s; processes %s"
              .formatted(moment, runningAtKill, replicas, running);
      Map<Integer, Long> perSlot =
          replicas.stream().collect(Collectors.groupingBy(Task::slot, Collectors.counting()));
      assertThat(perSlot)
          .as(situation)
          .isEqualTo(
              IntStream.range(0, REPLICAS)
                  .boxed()
                  .collect(Collectors.toMap(Function.identity(), slot -> 1L)));
      Set<TaskId> wanted = replicas.stream().map(Task::id).collect(Collectors.toSet());
      assertThat(running).as(situation).hasSize(REPLICAS);
      assertThat(running.stream().map(RuntimeContainer::id).collect(Collectors.toSet()))
          .as(situation)
          .isEqualTo(wanted);
      assertThat(running.stream().map(RuntimeContainer::runtimeId).distinct().count())
          .as(situation)
          .isEqualTo(REPLICAS);
    }
  }
}
