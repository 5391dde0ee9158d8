package dev.warren.adapters.runtime.containerd;

import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in worker for {@link ContainerdWorkerKilledIT}: starts one container (socket, namespace,
 * data dir, image, id, then the command) and waits to be killed.
 */
final class StartContainerAndWait {
  private StartContainerAndWait() {}

  public static void main(String[] args) throws InterruptedException {
    var runtime =
        ContainerdRuntimeAdapter.open(
            ContainerdSettings.of(Path.of(args[0]), Path.of(args[2])).withNamespace(args[1]));
    var launch =
        new ContainerLaunch(
            TaskId.of(args[4]),
            "survivor",
            0,
            args[3],
            List.of(args).subList(5, args.length),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(5),
            List.of(),
            List.of());
    System.out.println("started " + runtime.start(launch).runtimeId());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
