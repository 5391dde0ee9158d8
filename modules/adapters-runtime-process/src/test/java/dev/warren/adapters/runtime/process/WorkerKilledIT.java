package dev.warren.adapters.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed with -9 leaves its containers running; the next worker adopts them, and their
 * exit status is still recorded although the process that started them is gone.
 */
class WorkerKilledIT {
  @TempDir Path root;

  @Test
  void containersOutliveAWorkerKilledWithSignal9AndAreAdoptedByTheNext() throws Exception {
    Path containers = root.resolve("containers");
    Process worker =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                StartContainerAndWait.class.getName(),
                containers.toString(),
                "survivor-1",
                "sh",
                "-c",
                "echo alive; exec sleep 300")
            .redirectErrorStream(true)
            .start();
    String firstLine;
    try (var out =
        new BufferedReader(
            new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      firstLine = out.readLine();
      assertThat(firstLine).startsWith("started ");

      worker.destroyForcibly(); // SIGKILL
      assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    try (var next = ProcessContainerRuntimeAdapter.open(ProcessRuntimeSettings.under(containers))) {
      List<RuntimeContainer> adopted = next.list();
      assertThat(adopted).hasSize(1);
      RuntimeContainer survivor = adopted.get(0);
      assertThat(survivor.running()).isTrue();
      assertThat(survivor.runtimeId()).isEqualTo(firstLine.substring("started ".length()));

      RuntimeContainer stopped = next.stop(TaskId.of("survivor-1"), Duration.ofSeconds(5));

      assertThat(((RuntimeState.Exited) stopped.state()).exitCode()).isEqualTo(OptionalInt.of(143));
      next.remove(survivor.id());
    }
  }
}
