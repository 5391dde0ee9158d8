package dev.warren.adapters.runtime.containerd;

import dev.warren.testkit.StandInWorker;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-in worker of {@link ContainerdWorkerKilledIT}: starts one container (socket, namespace,
 * data dir, image, id, then the command) and waits to be killed.
 */
final class StartContainerAndWait {
  private StartContainerAndWait() {}

  public static void main(String[] args) throws InterruptedException {
    StandInWorker.startOneAndWait(
        System.out,
        ContainerdRuntimeAdapter.open(
            ContainerdSettings.of(Path.of(args[0]), Path.of(args[2])).withNamespace(args[1])),
        args[4],
        args[3],
        List.of(args).subList(5, args.length));
  }
}
