package dev.warren.adapters.runtime.process;

import dev.warren.testkit.StandInWorker;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-in worker of {@link WorkerKilledIT}: starts one container (root, id, then the command)
 * and waits to be killed.
 */
final class StartContainerAndWait {
  private StartContainerAndWait() {}

  public static void main(String[] args) throws InterruptedException {
    StandInWorker.startOneAndWait(
        System.out,
        ProcessContainerRuntimeAdapter.open(ProcessRuntimeSettings.under(Path.of(args[0]))),
        args[1],
        ProcessContainerRuntimeAdapter.IMAGE,
        List.of(args).subList(2, args.length));
  }
}
