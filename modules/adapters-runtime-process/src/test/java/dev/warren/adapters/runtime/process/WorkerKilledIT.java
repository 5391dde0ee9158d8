package dev.warren.adapters.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import dev.warren.testkit.StandInWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
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
    String runtimeId =
        StandInWorker.startedThenKilled(
            StartContainerAndWait.class,
            containers.toString(),
            "survivor-1",
            "sh",
            "-c",
            "echo alive; exec sleep 300");

    try (var next = ProcessContainerRuntimeAdapter.open(ProcessRuntimeSettings.under(containers))) {
      List<RuntimeContainer> adopted = next.list();
      assertThat(adopted).hasSize(1);
      RuntimeContainer survivor = adopted.get(0);
      assertThat(survivor.running()).isTrue();
      assertThat(survivor.runtimeId()).isEqualTo(runtimeId);

      RuntimeContainer stopped = next.stop(TaskId.of("survivor-1"), Duration.ofSeconds(5));

      assertThat(((RuntimeState.Exited) stopped.state()).exitCode()).isEqualTo(OptionalInt.of(143));
      next.remove(survivor.id());
    }
  }
}
