package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import dev.warren.testkit.StandInWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed with -9 leaves its containerd containers running; the next worker adopts them by
 * their labels, starts no second copy, and stops them.
 */
class ContainerdWorkerKilledIT {
  @TempDir Path root;

  @Test
  void containersOutliveAWorkerKilledWithSignal9AndAreAdoptedByTheNext() throws Exception {
    ContainerdTestEnvironment environment = ContainerdTestEnvironment.require();
    String namespace = "warren-killed-" + UUID.randomUUID().toString().substring(0, 8);
    Path containers = root.resolve("containers");
    String id = "survivor-" + UUID.randomUUID().toString().substring(0, 8);
    String runtimeId =
        StandInWorker.startedThenKilled(
            StartContainerAndWait.class,
            environment.socket().toString(),
            namespace,
            containers.toString(),
            environment.image(),
            id,
            "sh",
            "-c",
            "trap 'exit 143' TERM; echo alive; sleep 300 & wait");

    var settings = ContainerdSettings.of(environment.socket(), containers).withNamespace(namespace);
    try (var next = ContainerdRuntimeAdapter.open(settings)) {
      List<RuntimeContainer> adopted = next.list();
      assertThat(adopted).hasSize(1);
      RuntimeContainer survivor = adopted.get(0);
      assertThat(survivor.running()).isTrue();
      assertThat(survivor.runtimeId()).isEqualTo(runtimeId);
      assertThat(next.tailLogs(survivor.id(), 5)).contains("alive");

      RuntimeContainer stopped = next.stop(TaskId.of(id), Duration.ofSeconds(5));

      assertThat(((RuntimeState.Exited) stopped.state()).exitCode()).isEqualTo(OptionalInt.of(143));
      next.remove(survivor.id());
      assertThat(next.list()).isEmpty();
    }
  }
}
