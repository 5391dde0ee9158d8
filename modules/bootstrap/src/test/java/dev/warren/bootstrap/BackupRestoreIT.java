package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * {@code warren cluster backup} from a running manager and {@code warren cluster restore} into a
 * new data directory, with the production component and the real command line: the restored manager
 * serves the same services, accepts the certificates the original issued and goes on writing; a
 * damaged file or a used directory is refused.
 */
class BackupRestoreIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path scratch;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final IFactory cli = DaggerCliComponent.create().commandFactory();

  @Test
  void aRestoredBackupServesTheSameServicesAsANewClusterWithTheSameKeys() throws IOException {
    var original = managers.newServer();
    StartReport first = original.start();
    managers.ok(first, "service", "create", "web", "--image", "nginx:1.27", "--replicas", "0");
    managers.ok(first, "service", "create", "api", "--image", "nginx:1.27", "--replicas", "0");
    Path backup = scratch.resolve("cluster.backup");

    String said = managers.ok(first, "cluster", "backup", backup.toString()).out();
    original.close();

    assertThat(said).contains("Backed up cluster " + first.clusterId());
    assertThat(backup).isRegularFile();
    assertThat(Files.exists(scratch.resolve("cluster.backup.partial"))).isFalse();
    Path restoredDir = scratch.resolve("restored");
    CliRun restore =
        offline("cluster", "restore", backup.toString(), "--data-dir", restoredDir.toString());
    assertThat(restore.exitCode()).as(restore.toString()).isZero();
    assertThat(restore.out()).contains("warren server run --data-dir " + restoredDir);
    assertThat(restoredDir.resolve("keys/data.key"))
        .hasSameBinaryContentAs(dataDir.resolve("keys/data.key"));

    var nodeId = new DataDirectory(restoredDir).storedNodeId().orElseThrow();
    var config =
        new ManagerConfig(restoredDir, nodeId, ANY_PORT, ANY_PORT, ANY_PORT)
            .withAdminCredentials(managers.environment().credentials());
    StartReport restored = managers.newServer(config).start();

    // The admin certificate the original manager issued is accepted as it is.
    assertThat(restored.adminCredentialsIssued()).isFalse();
    assertThat(restored.clusterId()).isEqualTo(first.clusterId());
    for (String name : new String[] {"web", "api"}) {
      managers.ok(restored, "service", "inspect", name);
    }
    managers.ok(restored, "service", "create", "db", "--image", "nginx:1.27", "--replicas", "0");
    String listed = managers.ok(restored, "service", "ls", "-q").out();
    assertThat(listed.lines().toList()).hasSize(3);
  }

  @Test
  void aTruncatedBackupOrAUsedDirectoryIsRefusedAndNothingIsWritten() throws IOException {
    var original = managers.newServer();
    StartReport first = original.start();
    managers.ok(first, "service", "create", "web", "--image", "nginx:1.27", "--replicas", "0");
    Path backup = scratch.resolve("cluster.backup");
    managers.ok(first, "cluster", "backup", backup.toString());
    byte[] bytes = Files.readAllBytes(backup);
    Path truncated = scratch.resolve("truncated.backup");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    Path target = scratch.resolve("target");

    CliRun corrupt =
        offline("cluster", "restore", truncated.toString(), "--data-dir", target.toString());
    CliRun used =
        offline("cluster", "restore", backup.toString(), "--data-dir", dataDir.toString());

    assertThat(corrupt.exitCode()).as(corrupt.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(corrupt.err()).contains("is not a usable warren cluster backup");
    assertThat(Files.exists(target)).isFalse();
    assertThat(used.exitCode()).as(used.toString()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(used.err()).contains("is not empty; restore into a new directory");
  }

  private CliRun offline(String... args) {
    return CliRun.execute(cli, managers.environment(), args);
  }
}
