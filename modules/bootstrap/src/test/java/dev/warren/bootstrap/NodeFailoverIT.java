package dev.warren.bootstrap;

import static dev.warren.bootstrap.TwoProcessNodes.runningPerNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leader keeps a service whole when a worker is lost, on real parts: a hybrid manager (its own
 * embedded worker) and a standalone worker with its own data directory, both on the process
 * runtime. A service's 4 replicas spread 2 and 2; the standalone worker then stops without a word
 * (as after kill -9: its processes are left behind), the manager marks it down after its node-down
 * timeout (made short here, as {@code --node-down-timeout} does) and all 4 replicas run on the
 * manager's node.
 */
class NodeFailoverIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** Six missed heartbeats of the workers here (500 ms). */
  private static final Duration NODE_DOWN_TIMEOUT = Duration.ofSeconds(3);

  /** The node-down timeout plus a placement and a start on a loaded machine. */
  private static final Duration FAILOVER_DEADLINE = NODE_DOWN_TIMEOUT.plusSeconds(20);

  @TempDir Path dataDir;
  @TempDir Path workerDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  @RegisterExtension final StartedNodes nodes = new StartedNodes(() -> dataDir, () -> workerDir);

  @Test
  void aLostWorkersReplicasRunOnTheOtherNodeAfterItsHeartbeatTimeout() {
    ControlPlaneServer server =
        managers.newServer(
            managers
                .config()
                .withEmbeddedWorker(TwoProcessNodes.processes())
                .withNodeDownTimeout(NODE_DOWN_TIMEOUT));
    StartReport manager = nodes.start(server);
    var adminIdentity = TlsClients.admin(managers.environment().credentials());
    GrpcWarrenClient admin = TlsClients.as(manager, adminIdentity);
    var worker = nodes.start(TwoProcessNodes.worker(manager, adminIdentity, workerDir));

    TwoProcessNodes.spreadFourSleepers(managers, manager, admin, "spread");

    worker.close();
    long lost = System.nanoTime();

    Await.until(
        () -> runningPerNode(admin, "spread").equals(Map.of("manager-1", 4L)), FAILOVER_DEADLINE);
    // Not before the timeout (less the one heartbeat that may have gone before the loss): a node
    // is not given up on while it may only be slow.
    assertThat(Duration.ofNanos(System.nanoTime() - lost))
        .isGreaterThan(NODE_DOWN_TIMEOUT.minusSeconds(1));
    assertThat(managers.ok(manager, "node", "ls").out()).containsPattern("worker-2 +worker +down");
  }
}
