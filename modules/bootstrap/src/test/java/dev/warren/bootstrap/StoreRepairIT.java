package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.out.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's state store does not fsync each commit; the Raft log is the durable record. This
 * checks the repair that makes that safe: a store that lost its latest commits in a machine crash
 * is caught up from the Raft log when the manager starts again.
 */
class StoreRepairIT {

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path scratch;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private StartReport startServer() {
    return managers.newServer().start();
  }

  private void createService(StartReport manager, String name) {
    CliRun created = managers.warren(manager, "service", "create", name, "--image", "nginx:1.27");
    assertThat(created.exitCode()).as(created.toString()).isZero();
  }

  @Test
  void aStoreThatLostItsLatestCommitsIsCaughtUpFromTheRaftLogOnStart() throws IOException {
    ControlPlaneServer firstServer = managers.newServer();
    StartReport first = firstServer.start();
    createService(first, "before-1");
    createService(first, "before-2");
    // What had reached the disk when the machine crashed: everything up to here.
    Path synced = scratch.resolve("state");
    copyTree(managers.config().stateDir(), synced);
    createService(first, "after-1");
    createService(first, "after-2");
    firstServer.close();

    // The crash came before Ratis' snapshot at stop, and took the store's unsynced commits.
    deleteSnapshots(managers.config().raftDir());
    deleteTree(managers.config().stateDir());
    copyTree(synced, managers.config().stateDir());
    try (var lost =
        new XodusClusterStateAdapter(new StorageSettings(managers.config().stateDir()))) {
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
      CliRun inspect = managers.warren(restarted, "service", "inspect", name);
      assertThat(inspect.exitCode()).as(inspect.toString()).isZero();
    }
    CliRun duplicate =
        managers.warren(restarted, "service", "create", "after-2", "--image", "nginx:1.27");
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
