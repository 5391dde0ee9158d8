package dev.warren.bootstrap;

import dev.warren.cli.CliEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.out.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * The manager's state store does not fsync each commit; the Raft log is the durable record. This
 * checks the repair that makes that safe: a store that lost its latest commits in a machine crash
 * is caught up from the Raft log when the manager starts again.
 */
class StoreRepairIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path scratch;

  /** The test's own config home: the manager writes the admin credentials there, the CLI reads them. */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private ManagerConfig config() {
    return new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
        .withAdminCredentials(environment().credentials());
  }

  private StartReport startServer() {
    ControlPlaneServer server = DaggerControlPlaneComponent.factory().create(config()).server();
    servers.add(server);
    return server.start();
  }

  private CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  private void createService(StartReport manager, String name) {
    CliRun created = warren(manager, "service", "create", name, "--image", "nginx:1.27");
    assertThat(created.exitCode()).as(created.toString()).isZero();
  }

  @Test
  void aStoreThatLostItsLatestCommitsIsCaughtUpFromTheRaftLogOnStart() throws IOException {
    StartReport first = startServer();
    createService(first, "before-1");
    createService(first, "before-2");
    // What had reached the disk when the machine crashed: everything up to here.
    Path synced = scratch.resolve("state");
    copyTree(config().stateDir(), synced);
    createService(first, "after-1");
    createService(first, "after-2");
    servers.getFirst().close();

    // The crash came before Ratis' snapshot at stop, and took the store's unsynced commits.
    deleteSnapshots(config().raftDir());
    deleteTree(config().stateDir());
    copyTree(synced, config().stateDir());
    try (var lost = new XodusClusterStateAdapter(new StorageSettings(config().stateDir()))) {
      Optional<Service> kept =
          lost.read(reader -> reader.findByName(EntityKind.SERVICE, "before-2"));
      Optional<Service> gone =
          lost.read(reader -> reader.findByName(EntityKind.SERVICE, "after-1"));
      assertThat(kept).isPresent();
      assertThat(gone).isEmpty();
    }

    StartReport restarted = startServer();

    assertThat(restarted.resumed()).isTrue();
    for (String name : List.of("before-1", "before-2", "after-1", "after-2")) {
      CliRun inspect = warren(restarted, "service", "inspect", name);
      assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
    }
    CliRun duplicate = warren(restarted, "service", "create", "after-2", "--image", "nginx:1.27");
    assertThat(duplicate.exitCode()).as(duplicate.toString()).isNotZero();
  }

  private static void deleteSnapshots(Path raftDir) throws IOException {
    List<Path> snapshots;
    try (Stream<Path> files = Files.walk(raftDir)) {
      snapshots =
          files.filter(file -> file.getFileName().toString().startsWith("snapshot.")).toList();
    }
    assertThat(snapshots).as("the snapshot Ratis took at stop").isNotEmpty();
    for (Path snapshot : snapshots) {
      Files.delete(snapshot);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
