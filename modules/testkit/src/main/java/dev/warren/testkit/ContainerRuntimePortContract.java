package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.ExecResult;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import dev.warren.domain.port.out.SecretFile;
import dev.warren.domain.port.out.VolumeBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ContainerRuntimePort} adapter promises, as tests: a subclass supplies the
 * runtime, an image it runs and the commands of a few workloads in that runtime's terms.
 */
public abstract class ContainerRuntimePortContract {
  /** How long a real runtime may take to reach a state. */
  protected static final Duration DEADLINE = Duration.ofSeconds(20);

  protected ContainerRuntimePort runtime;

  /** A runtime over fresh, empty state. */
  protected abstract ContainerRuntimePort open();

  /**
   * A new runtime over the state {@link #open()}'s used, as after a worker restart; by default
   * {@link #open()} again, for runtimes whose state outlives the adapter.
   */
  protected ContainerRuntimePort reopen() {
    return open();
  }

  /** Closes a runtime this contract opened. */
  protected abstract void close(ContainerRuntimePort runtime);

  /** An image this runtime runs. */
  protected abstract String image();

  /** An image this runtime cannot run. */
  protected abstract String foreignImage();

  /** Prints {@code line} and then runs until stopped. */
  protected abstract List<String> printsThenRuns(String line);

  /** Prints {@code tick 1}, {@code tick 2}, … a few times a second until stopped. */
  protected abstract List<String> printsTicks();

  /** Prints the value of environment variable {@code name} and then runs until stopped. */
  protected abstract List<String> printsVariableThenRuns(String name);

  /** Ends at once with exit code {@code code}. */
  protected abstract List<String> exitsWith(int code);

  /** Ignores the polite stop signal and runs until killed. */
  protected abstract List<String> ignoresStopSignal();

  /** A command that exists nowhere. */
  protected abstract List<String> missingCommand();

  /** Prints the content of secret {@code name} and then runs until stopped. */
  protected abstract List<String> printsSecretThenRuns(String name);

  /**
   * Writes {@code text} to file {@code file} of volume {@code volume} (mounted at {@code target}
   * where the runtime mounts) and then runs until stopped.
   */
  protected abstract List<String> writesToVolumeThenRuns(
      String volume, String target, String file, String text);

  /** A command that exits with {@code code} when run in a container. */
  protected abstract List<String> execExiting(int code);

  /** A command that prints {@code text} when run in a container. */
  protected abstract List<String> execPrinting(String text);

  /** A directory on this node for volumes, fresh for each test. */
  @TempDir protected Path volumes;

  @BeforeEach
  void openRuntime() {
    runtime = open();
  }

  @AfterEach
  void removeEverything() {
    for (RuntimeContainer container : runtime.list()) {
      runtime.remove(container.id());
    }
    close(runtime);
  }

  protected static ContainerLaunch launch(String image, List<String> command) {
    return launch(image, command, Map.of());
  }

  protected static ContainerLaunch launch(
      String image, List<String> command, Map<String, String> env) {
    return new ContainerLaunch(
        TaskId.random(),
        "web",
        1,
        image,
        command,
        env,
        Resources.UNLIMITED,
        Duration.ofSeconds(10),
        List.of(),
        List.of());
  }

  @Test
  void startedContainerRunsAndIsListed() {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("hello")));

    assertThat(started.running()).isTrue();
    assertThat(runtime.inspect(started.id())).contains(started);
    assertThat(runtime.list()).extracting(RuntimeContainer::id).containsExactly(started.id());
  }

  @Test
  void startingTheSameContainerAgainNeverStartsASecondCopy() {
    ContainerLaunch launch = launch(image(), printsThenRuns("once"));
    RuntimeContainer first = runtime.start(launch);

    RuntimeContainer again = runtime.start(launch);

    assertThat(again.runtimeId()).isEqualTo(first.runtimeId());
    assertThat(runtime.list()).hasSize(1);
  }

  @Test
  void outputReachesTheLogs() {
    RuntimeContainer started =
        runtime.start(launch(image(), printsThenRuns("hello from a replica")));

    await(() -> runtime.tailLogs(started.id(), 10).contains("hello from a replica"));
  }

  @Test
  void followingALogGivesTheTailThenEveryNewLineOnceAndNothingAfterClose() {
    RuntimeContainer started = runtime.start(launch(image(), printsTicks()));
    await(() -> runtime.tailLogs(started.id(), 10).contains("tick 3"));
    List<String> received = new CopyOnWriteArrayList<>();

    LogFollow follow = runtime.followLogs(started.id(), 2, received::add);
    await(() -> received.size() >= 6);
    follow.close();
    int whenClosed = received.size();
    int lastTickWhenClosed = tickNumber(runtime.tailLogs(started.id(), 1).getFirst());
    await(() -> tickNumber(runtime.tailLogs(started.id(), 1).getFirst()) > lastTickWhenClosed + 2);

    int first = tickNumber(received.getFirst());
    assertThat(first).isGreaterThanOrEqualTo(2);
    for (int i = 0; i < received.size(); i++) {
      assertThat(received.get(i)).isEqualTo("tick " + (first + i));
    }
    assertThat(received).hasSize(whenClosed);
  }

  @Test
  void followingAnUnknownContainerIsNotFound() {
    TaskId unknown = TaskId.random();

    assertThatThrownBy(() -> runtime.followLogs(unknown, 5, line -> {}))
        .isInstanceOf(NotFoundException.class);
  }

  private static int tickNumber(String line) {
    assertThat(line).startsWith("tick ");
    return Integer.parseInt(line.substring("tick ".length()).strip());
  }

  @Test
  void environmentReachesTheCommand() {
    RuntimeContainer started =
        runtime.start(
            launch(image(), printsVariableThenRuns("GREETING"), Map.of("GREETING", "bonjour")));

    await(() -> runtime.tailLogs(started.id(), 10).contains("bonjour"));
  }

  @Test
  void exitCodeIsReported() {
    RuntimeContainer started = runtime.start(launch(image(), exitsWith(3)));

    await(() -> !runtime.inspect(started.id()).orElseThrow().running());
    RuntimeState state = runtime.inspect(started.id()).orElseThrow().state();
    assertThat(state).isInstanceOf(RuntimeState.Exited.class);
    assertThat(((RuntimeState.Exited) state).exitCode()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void stopEndsARunningContainerAndAgainChangesNothing() {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("bye")));

    RuntimeContainer stopped = runtime.stop(started.id(), Duration.ofSeconds(10));
    RuntimeContainer stoppedAgain = runtime.stop(started.id(), Duration.ofSeconds(10));

    assertThat(stopped.running()).isFalse();
    assertThat(stoppedAgain).isEqualTo(stopped);
  }

  @Test
  void aContainerThatIgnoresTheStopSignalIsKilledAfterTheGrace() {
    RuntimeContainer started = runtime.start(launch(image(), ignoresStopSignal()));
    await(() -> runtime.tailLogs(started.id(), 10).contains("ready"));

    RuntimeContainer stopped = runtime.stop(started.id(), Duration.ofMillis(300));

    assertThat(stopped.state()).isInstanceOf(RuntimeState.Exited.class);
    RuntimeState.Exited exited = (RuntimeState.Exited) stopped.state();
    assertThat(exited.exitCode()).isEqualTo(OptionalInt.of(137));
    assertThat(exited.reason()).contains("stop timeout");
  }

  @Test
  void aRestartedRuntimeAdoptsWhatRunsAndStartsNoSecondCopy() {
    ContainerLaunch launch = launch(image(), printsThenRuns("adopt me"));
    RuntimeContainer started = runtime.start(launch);
    close(runtime);

    runtime = reopen();

    assertThat(runtime.list()).extracting(RuntimeContainer::id).containsExactly(started.id());
    assertThat(runtime.inspect(started.id()).orElseThrow().running()).isTrue();
    assertThat(runtime.start(launch).runtimeId()).isEqualTo(started.runtimeId());
    assertThat(runtime.list()).hasSize(1);
  }

  @Test
  void removedContainerIsForgotten() {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("gone soon")));

    runtime.remove(started.id());
    runtime.remove(started.id());

    assertThat(runtime.inspect(started.id())).isEmpty();
    assertThat(runtime.list()).isEmpty();
  }

  @Test
  void anUnknownContainerIsNotFound() {
    TaskId unknown = TaskId.random();

    assertThat(runtime.inspect(unknown)).isEmpty();
    assertThatThrownBy(() -> runtime.stop(unknown, Duration.ZERO))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown.value());
    assertThatThrownBy(() -> runtime.tailLogs(unknown, 5)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anImageItCannotRunIsRefusedWithWhatToDo() {
    assertThat(runtime.canRun(image())).isTrue();
    assertThat(runtime.canRun(foreignImage())).isFalse();

    assertThatThrownBy(() -> runtime.start(launch(foreignImage(), printsThenRuns("x"))))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining(foreignImage());
    assertThat(runtime.list()).isEmpty();
  }

  @Test
  void aMissingCommandFailsTheStartWithAClearMessage() {
    ContainerLaunch launch = launch(image(), missingCommand());

    assertThatThrownBy(() -> runtime.start(launch))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining(missingCommand().get(0));
  }

  @Test
  void secretsReachTheContainer() {
    var secret = new SecretFile("db-password", Bytes.of("s3cr3t".getBytes(StandardCharsets.UTF_8)));
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "db",
            0,
            image(),
            printsSecretThenRuns("db-password"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(10),
            List.of(secret),
            List.of());

    RuntimeContainer started = runtime.start(launch);

    await(() -> runtime.tailLogs(started.id(), 10).contains("s3cr3t"));
  }

  @Test
  void aVolumeIsADirectoryOfTheNode() throws IOException {
    Path data = Files.createDirectories(volumes.resolve("app-data"));
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "app",
            0,
            image(),
            writesToVolumeThenRuns("app-data", "/data", "hello.txt", "kept"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(10),
            List.of(),
            List.of(new VolumeBinding("app-data", data.toString(), "/data", false)));

    runtime.start(launch);

    await(() -> Files.exists(data.resolve("hello.txt")));
    await(() -> contentOf(data.resolve("hello.txt")).strip().equals("kept"));
  }

  @Test
  void aVolumeThatIsNotOnThisNodeFailsTheStartNamingIt() {
    String missing = volumes.resolve("elsewhere").toString();
    var launch =
        new ContainerLaunch(
            TaskId.random(),
            "app",
            0,
            image(),
            writesToVolumeThenRuns("elsewhere", "/data", "x", "y"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(10),
            List.of(),
            List.of(new VolumeBinding("elsewhere", missing, "/data", false)));

    assertThatThrownBy(() -> runtime.start(launch))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("volume elsewhere is not on this node");
    assertThat(runtime.list()).isEmpty();
  }

  @Test
  void aCommandRunInAContainerGivesItsExitCodeAndOutput() {
    RuntimeContainer started = runtime.start(launch(image(), printsThenRuns("up")));

    assertThat(runtime.exec(started.id(), execExiting(3), Duration.ofSeconds(10)).exitCode())
        .isEqualTo(3);
    ExecResult printed =
        runtime.exec(started.id(), execPrinting("all good"), Duration.ofSeconds(10));
    assertThat(printed.succeeded()).isTrue();
    assertThat(printed.output()).isEqualTo("all good");
    assertThatThrownBy(() -> runtime.exec(TaskId.random(), execExiting(0), Duration.ofSeconds(1)))
        .isInstanceOf(NotFoundException.class);
  }

  private static String contentOf(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits for {@code condition}, failing after {@link #DEADLINE}. */
  protected static void await(BooleanSupplier condition) {
    Await.until(condition, DEADLINE);
  }
}
