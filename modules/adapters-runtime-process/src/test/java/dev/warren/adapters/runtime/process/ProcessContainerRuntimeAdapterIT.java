package dev.warren.adapters.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import dev.warren.testkit.ShellRuntimePortContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime contract, and what only host processes have, against real processes. */
class ProcessContainerRuntimeAdapterIT extends ShellRuntimePortContract {
  @TempDir Path root;

  private ProcessRuntimeSettings settings() {
    return ProcessRuntimeSettings.under(root.resolve("containers"));
  }

  @Override
  protected ContainerRuntimePort open() {
    return ProcessContainerRuntimeAdapter.open(settings());
  }

  @Override
  protected void close(ContainerRuntimePort runtime) {
    ((ProcessContainerRuntimeAdapter) runtime).close();
  }

  @Override
  protected String image() {
    return ProcessContainerRuntimeAdapter.IMAGE;
  }

  @Override
  protected String foreignImage() {
    return "docker.io/library/nginx:1.27";
  }

  @Override
  protected List<String> printsTicks() {
    return List.of(
        "sh", "-c", "i=0; while true; do i=$((i+1)); echo \"tick $i\"; sleep 0.05; done");
  }

  @Override
  protected List<String> printsThenRuns(String line) {
    return List.of("sh", "-c", "echo \"$0\"; exec sleep 300", line);
  }

  @Override
  protected List<String> printsVariableThenRuns(String name) {
    return List.of("sh", "-c", "printenv \"$0\"; exec sleep 300", name);
  }

  @Test
  void aCommandRunInAContainerSeesItsEnvironmentAndIsKilledAtItsTimeout() {
    RuntimeContainer started =
        runtime.start(launch(image(), printsThenRuns("up"), Map.of("ROLE", "primary")));

    assertThat(
            runtime
                .exec(started.id(), List.of("sh", "-c", "echo $ROLE"), Duration.ofSeconds(5))
                .output())
        .isEqualTo("primary");
    assertThat(
            runtime.exec(started.id(), List.of("sleep", "30"), Duration.ofMillis(200)).exitCode())
        .isEqualTo(dev.warren.domain.port.out.ExecResult.TIMED_OUT);
  }

  @Override
  protected List<String> printsSecretThenRuns(String name) {
    return List.of(
        "sh",
        "-c",
        "cat \"$" + ProcessContainerRuntimeAdapter.SECRETS_VARIABLE + "/$0\"; echo; exec sleep 300",
        name);
  }

  @Override
  protected List<String> writesToVolumeThenRuns(
      String volume, String target, String file, String text) {
    String variable = ProcessContainerRuntimeAdapter.volumeVariable(volume);
    return List.of(
        "sh", "-c", "echo \"$1\" > \"$" + variable + "/$0\"; exec sleep 300", file, text);
  }

  @Test
  void secretFilesAreTheContainersAloneAndGoWithIt() throws IOException {
    var secret =
        new dev.warren.domain.port.out.SecretFile(
            "api-key", dev.warren.domain.model.shared.Bytes.of(new byte[] {1, 2, 3}));
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "api",
            0,
            image(),
            printsThenRuns("up"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(5),
            List.of(secret),
            List.of());
    RuntimeContainer started = runtime.start(launch);
    Path secrets = settings().root().resolve(started.id().value()).resolve("secrets");

    assertThat(Files.getPosixFilePermissions(secrets))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(secrets.resolve("api-key")))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
    assertThat(Files.readAllBytes(secrets.resolve("api-key"))).containsExactly(1, 2, 3);

    runtime.remove(started.id());

    assertThat(secrets).doesNotExist();
  }

  @Test
  void aStopReachesEveryProcessOfTheContainer() throws IOException {
    RuntimeContainer started =
        runtime.start(
            launch(image(), List.of("sh", "-c", "sleep 300 & sleep 300 & echo up; wait")));
    await(() -> runtime.tailLogs(started.id(), 5).contains("up"));
    long group = Long.parseLong(started.runtimeId());
    await(() -> membersOfQuietly(group).size() >= 3);

    runtime.stop(started.id(), Duration.ofSeconds(5));

    assertThat(membersOf(group)).isEmpty();
  }

  @Test
  void theCommandStartsWithInterruptAndQuitNotIgnored() {
    RuntimeContainer started =
        runtime.start(
            launch(image(), List.of("sh", "-c", "grep SigIgn /proc/$$/status; exec sleep 300")));

    await(() -> runtime.tailLogs(started.id(), 5).stream().anyMatch(l -> l.startsWith("SigIgn")));
    String line = runtime.tailLogs(started.id(), 5).get(0);
    long ignored = Long.parseLong(line.substring(line.indexOf('\t') + 1), 16);
    assertThat(ignored & 0b110).as("SIGINT and SIGQUIT bits of " + line).isZero();
  }

  @Test
  void aProgramInTheImageReferenceRunsWithTheCommandAsItsArguments() {
    RuntimeContainer started =
        runtime.start(launch("process:///bin/sh", List.of("-c", "echo from-path; exec sleep 300")));

    await(() -> runtime.tailLogs(started.id(), 5).contains("from-path"));
  }

  @Test
  void theContainerLeadsAProcessGroupOfItsOwn() throws IOException {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("alone")));
    long pid = Long.parseLong(started.runtimeId());

    // start returns once the wrapper is spawned; setsid makes it a leader a moment later
    await(() -> statFieldOrEmpty(pid, 2).equals(Long.toString(pid))); // pgid
    assertThat(statField(pid, 3)).isEqualTo(Long.toString(pid)); // session
  }

  @Test
  void theProcessRecordedAtTheSpawnIsTheOneTheWrapperRecordsForItself() throws IOException {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("recorded")));
    Path dir = settings().root().resolve(started.id().value());
    String atSpawn = Files.readString(dir.resolve("pid"));

    // The wrapper's own record (it replaces the file) comes before its ready file.
    await(() -> Files.exists(dir.resolve("ready")));

    assertThat(Files.readString(dir.resolve("pid"))).isEqualTo(atSpawn);
    assertThat(atSpawn.strip()).startsWith(started.runtimeId() + " ");
    assertThat(started.running()).isTrue();
  }

  @Test
  void aRecordOfTheWrapperIsNeverReplacedByTheWorkers() throws IOException {
    Path root = settings().root();
    var dir = ContainerDirectory.of(root, TaskId.of("recorded-by-wrapper"));
    Files.createDirectories(dir.path());
    Files.writeString(dir.pidFile(), "4242 17\n");

    assertThat(dir.recordIfAbsent(new ProcessIdentity(1, 2))).isTrue();

    assertThat(Files.readString(dir.pidFile())).isEqualTo("4242 17\n");
    assertThat(dir.process()).contains(new ProcessIdentity(4242, 17));
    try (Stream<Path> files = Files.list(dir.path())) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("pid");
    }
  }

  @Test
  void aStopRightAfterTheStartEndsTheCommandWithItsOwnExitStatus() {
    for (int round = 0; round < 5; round++) {
      RuntimeContainer started = runtime.start(launch(image(), List.of("sleep", "300")));

      RuntimeContainer stopped = runtime.stop(started.id(), Duration.ofSeconds(5));

      // sleep ended by the SIGTERM (128 + 15), the status written by the wrapper
      assertThat(((RuntimeState.Exited) stopped.state()).exitCode()).hasValue(143);
      runtime.remove(started.id());
    }
  }

  @Test
  void aRecordedPidNowUsedByAnotherProcessIsNotTakenForTheContainer() throws IOException {
    Path dir = settings().root().resolve("reused-pid");
    Files.createDirectories(dir);
    long ourPid = ProcessHandle.current().pid();
    // Our own live pid, with a start time it never had: the container's process is gone.
    Files.writeString(dir.resolve("pid"), ourPid + " 1");

    RuntimeContainer container = runtime.inspect(TaskId.of("reused-pid")).orElseThrow();

    assertThat(container.running()).isFalse();
    assertThat(((RuntimeState.Exited) container.state()).reason()).startsWith("lost");
  }

  @Test
  void theExitCodeOfAStoppedContainerIsItsOwn() {
    RuntimeContainer started =
        runtime.start(
            launch(
                image(),
                List.of(
                    "sh", "-c", "trap 'exit 7' TERM; echo set; while true; do sleep 0.1; done")));
    await(() -> runtime.tailLogs(started.id(), 5).contains("set"));

    RuntimeContainer stopped = runtime.stop(started.id(), Duration.ofSeconds(10));

    assertThat(((RuntimeState.Exited) stopped.state()).exitCode()).isEqualTo(OptionalInt.of(7));
  }

  @Test
  void logsAreRotatedAtTheirLimitAndStillRead() throws IOException {
    close(runtime);
    runtime =
        ProcessContainerRuntimeAdapter.open(settings().withLogLimit(4096, Duration.ofMillis(20)));
    RuntimeContainer started =
        runtime.start(
            launch(
                image(),
                List.of(
                    "sh",
                    "-c",
                    "i=0; while [ $i -lt 2000 ]; do echo line-$i; i=$((i+1)); done; echo done;"
                        + " exec sleep 300")));
    Path log = settings().root().resolve(started.id().value()).resolve("output.log");

    await(() -> runtime.tailLogs(started.id(), 1).equals(List.of("done")));
    await(() -> Files.exists(log.resolveSibling("output.log.1")));
    await(() -> sizeOf(log) <= 4096);

    assertThat(sizeOf(log.resolveSibling("output.log.1"))).isPositive();
    assertThat(log.resolveSibling("output.log.2")).doesNotExist();
  }

  @Test
  void memoryAndCpuLimitsApplyToTheWholeContainerWhereCgroupsAllow() throws IOException {
    var adapter = (ProcessContainerRuntimeAdapter) runtime;
    assumeThat(adapter.enforcesLimits()).as("cgroup v1 memory and cpu writable").isTrue();
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "limited",
            0,
            image(),
            List.of("sh", "-c", "sleep 300 & echo child; wait"),
            Map.of(),
            new Resources(512, 64L * 1024 * 1024, 0),
            Duration.ofSeconds(5),
            List.of(),
            List.of());

    RuntimeContainer started = runtime.start(launch);
    await(() -> runtime.tailLogs(started.id(), 5).contains("child"));

    Path memory = Path.of("/sys/fs/cgroup/memory/warren", started.id().value());
    assertThat(Files.readString(memory.resolve("memory.limit_in_bytes")).strip())
        .isEqualTo(Long.toString(64L * 1024 * 1024));
    assertThat(
            Files.readString(
                    Path.of("/sys/fs/cgroup/cpu/warren", started.id().value(), "cpu.shares"))
                .strip())
        .isEqualTo("512");
    List<String> members = Files.readAllLines(memory.resolve("cgroup.procs"));
    assertThat(members).contains(started.runtimeId()).hasSizeGreaterThanOrEqualTo(2);

    runtime.remove(started.id());

    assertThat(memory).doesNotExist();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The live processes whose process group is {@code group}. */
  private static List<Long> membersOf(long group) throws IOException {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> name.chars().allMatch(Character::isDigit))
          .map(Long::parseLong)
          .filter(pid -> Long.toString(group).equals(statFieldOrEmpty(pid, 2)))
          .filter(pid -> !"Z".equals(statFieldOrEmpty(pid, 0)))
          .toList();
    }
  }

  private static List<Long> membersOfQuietly(long group) {
    try {
      return membersOf(group);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String statFieldOrEmpty(long pid, int index) {
    try {
      return statField(pid, index);
    } catch (IOException e) {
      return "";
    }
  }

  /** Field {@code index} of /proc/PID/stat counted after the command name (0 = state). */
  private static String statField(long pid, int index) throws IOException {
    String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return line.substring(line.lastIndexOf(')') + 2).split(" ")[index];
  }
}
