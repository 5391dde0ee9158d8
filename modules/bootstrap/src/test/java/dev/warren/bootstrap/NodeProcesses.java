package dev.warren.bootstrap;

import dev.warren.adapters.runtime.process.ProcessContainerRuntimeAdapter;
import dev.warren.adapters.runtime.process.ProcessRuntimeSettings;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.nio.file.Path;
import java.util.List;

/**
 * A node's process-runtime containers as they are on disk, read by an adapter of the test's own
 * (opened when first asked, after the node created its directories). Closing it removes whatever is
 * left, so no test leaves processes behind; close the node first, or its worker starts them again.
 */
final class NodeProcesses implements AutoCloseable {
  private final Path nodeDataDir;
  private ProcessContainerRuntimeAdapter runtime;

  NodeProcesses(Path nodeDataDir) {
    this.nodeDataDir = nodeDataDir;
  }

  /** The containers running now. */
  List<RuntimeContainer> running() {
    return runtime().list().stream()
        .filter(container -> container.state() instanceof RuntimeState.Running)
        .toList();
  }

  /** The runtime ids (pids) of the running containers, sorted. */
  List<String> runtimeIds() {
    return running().stream().map(RuntimeContainer::runtimeId).sorted().toList();
  }

  @Override
  public void close() {
    try (ProcessContainerRuntimeAdapter open = runtime()) {
      open.list().forEach(container -> open.remove(container.id()));
    }
  }

  private ProcessContainerRuntimeAdapter runtime() {
    if (runtime == null) {
      runtime =
          ProcessContainerRuntimeAdapter.open(
              ProcessRuntimeSettings.under(
                  WorkerConfig.workerDir(nodeDataDir).resolve("containers")));
    }
    return runtime;
  }
}
