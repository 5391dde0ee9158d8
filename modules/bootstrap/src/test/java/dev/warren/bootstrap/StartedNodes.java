package dev.warren.bootstrap;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.bootstrap.lifecycle.StandaloneWorker;
import dev.warren.cli.StartReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The managers and standalone workers an IT starts, stopped after each test: the workers first,
 * then the managers, so that no worker restarts what the clean-up removes; last, every process the
 * nodes' data directories still hold. Register it after {@link RealManager}, so it runs first.
 */
final class StartedNodes implements AfterEachCallback {
  private final List<Supplier<Path>> dataDirs;
  private final List<ControlPlaneServer> servers = new ArrayList<>();
  private final List<StandaloneWorker> workers = new ArrayList<>();

  /** Suppliers, since a test's {@code @TempDir} fields are set only after it is constructed. */
  StartedNodes(Supplier<Path> managerDataDir, Supplier<Path> workerDataDir) {
    this.dataDirs = List.of(managerDataDir, workerDataDir);
  }

  /** Starts {@code server}, which is closed after the test. */
  StartReport start(ControlPlaneServer server) {
    servers.add(server);
    return server.start();
  }

  /** Starts {@code worker}, which is closed after the test. */
  StandaloneWorker start(StandaloneWorker worker) {
    workers.add(worker);
    worker.start();
    return worker;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    workers.forEach(StandaloneWorker::close);
    servers.forEach(ControlPlaneServer::close);
    dataDirs.forEach(dir -> new NodeProcesses(dir.get()).close());
  }
}
