package dev.warren.benchmarks;

import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.model.node.NodeId;
import dev.warren.tls.ClientTlsIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real single-node manager in this JVM, built by the same Dagger component as {@code warren
 * server run} (Xodus, Ratis with fsync, the CA, the use cases, the gRPC API), every listener on
 * 127.0.0.1 with an OS-assigned port. Its data directory is deleted on close unless kept.
 */
final class InProcessManager implements AutoCloseable {
  private static final TcpAddress LOOPBACK_ANY_PORT = new TcpAddress("127.0.0.1", 0);

  private final Path dataDir;
  private final boolean keepData;
  private final ControlPlaneServer server;
  private final StartReport report;

  private InProcessManager(Path dataDir, boolean keepData, UnaryOperator<ManagerConfig> tune) {
    this.dataDir = dataDir;
    this.keepData = keepData;
    var config =
        new ManagerConfig(
                dataDir,
                NodeId.of("bench-manager"),
                LOOPBACK_ANY_PORT,
                LOOPBACK_ANY_PORT,
                LOOPBACK_ANY_PORT)
            .withAdminCredentials(credentials(dataDir));
    this.server = DaggerControlPlaneComponent.factory().create(tune.apply(config)).server();
    this.report = server.start();
  }

  /** Starts a manager on a new directory under {@code parent}. */
  static InProcessManager start(Path parent, boolean keepData) throws IOException {
    return start(parent, keepData, UnaryOperator.identity());
  }

  /**
   * Starts a manager on a new directory under {@code parent}, configured by {@code tune} from the
   * API-only configuration (e.g. with the leader's loops).
   */
  static InProcessManager start(Path parent, boolean keepData, UnaryOperator<ManagerConfig> tune)
      throws IOException {
    Files.createDirectories(parent);
    return new InProcessManager(Files.createTempDirectory(parent, "warren-bench-"), keepData, tune);
  }

  /**
   * Starts a manager again on the data directory an earlier one left (its node id, certificates,
   * Raft log and state), as a restarted {@code warren server run} does.
   */
  static InProcessManager reopen(Path dataDir, boolean keepData) {
    return new InProcessManager(dataDir, keepData, UnaryOperator.identity());
  }

  // Beside the manager's data, so the bench never touches the user's own credentials.
  private static CredentialsDirectory credentials(Path dataDir) {
    return new CredentialsDirectory(dataDir.resolve("bench-admin"));
  }

  /** The admin certificate the manager wrote at start: the clients present it (mutual TLS). */
  ClientTlsIdentity adminIdentity() {
    return credentials(dataDir)
        .read()
        .orElseThrow(() -> new IllegalStateException("the manager wrote no admin credentials"));
  }

  int apiPort() {
    return report.api().port();
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    server.close();
    if (!keepData) {
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
