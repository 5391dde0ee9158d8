package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.ContainerRuntimePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A worker in a process of its own that starts one container and is then killed with signal 9: what
 * a crashed worker leaves behind, for the runtimes' adoption tests. The runtime's test sources hold
 * a small {@code main} that opens the runtime and calls {@link #startOneAndWait}.
 */
public final class StandInWorker {
  private static final String STARTED = "started ";

  private StandInWorker() {}

  /**
   * Runs {@code main} with {@code args} in a new JVM on this test's class path, waits for it to
   * report its started container, kills it with signal 9 and returns the container's runtime id.
   */
  public static String startedThenKilled(Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process worker = new ProcessBuilder(command).redirectErrorStream(true).start();
    String started;
    try (var out =
        new BufferedReader(
            new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      started = out.lines().filter(line -> line.startsWith(STARTED)).findFirst().orElse("");
      assertThat(started).as("what the stand-in worker printed").startsWith(STARTED);

      worker.destroyForcibly(); // SIGKILL
      assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    return started.substring(STARTED.length());
  }

  /**
   * In the stand-in's process: starts container {@code taskId} running {@code command} of {@code
   * image}, reports its runtime id on {@code out} (the stand-in's standard output, which {@link
   * #startedThenKilled} reads) and waits to be killed.
   */
  public static void startOneAndWait(
      PrintStream out,
      ContainerRuntimePort runtime,
      String taskId,
      String image,
      List<String> command)
      throws InterruptedException {
    var launch =
        new ContainerLaunch(
            TaskId.of(taskId),
            "survivor",
            0,
            image,
            command,
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(5),
            List.of(),
            List.of());
    out.println(STARTED + runtime.start(launch).runtimeId());
    out.flush();
    new CountDownLatch(1).await();
  }
}
