package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.testkit.Closer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * Nodes on the real manager (Xodus, Ratis, gRPC): a worker registers and beats over the API, the
 * CLI lists, inspects and removes nodes, and what was replicated survives a restart.
 */
class NodeLifecycleIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final NodeResources CAPACITY = new NodeResources(4, 8L << 30, 100L << 30);
  private static final NodeResources BUSY = new NodeResources(2, 3L << 30, 40L << 30);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  @AutoClose private final Closer resources = new Closer();

  private StartReport startManager() {
    ControlPlaneServer server = TestManagers.server(dataDir, environment().credentials());
    resources.register(server::close);
    return server.start();
  }

  private GrpcWarrenClient worker(StartReport manager) {
    // A manager's certificate: it may register and heartbeat for any node, as the test needs.
    GrpcWarrenClient client =
        TlsClients.as(
            manager,
            TlsClients.redeem(
                manager, TlsClients.admin(environment().credentials()), "manager-2", Role.MANAGER));
    resources.register(client);
    return client;
  }

  private CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  @Test
  void aWorkerRegistersBeatsIsListedRemovedAndRemembered() throws Exception {
    StartReport manager = startManager();
    GrpcWarrenClient api = worker(manager);

    Node registered =
        api.register(
            new RegisterNodeRequest(
                NodeId.of("worker-1"),
                NodeRole.WORKER,
                "10.1.0.7:7946",
                CAPACITY,
                Map.of("zone", "b")));
    api.register(
        new RegisterNodeRequest(
            NodeId.of("worker-2"), NodeRole.WORKER, "10.1.0.8:7946", CAPACITY, Map.of()));
    api.record(new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.of(CAPACITY), List.of()));
    api.record(new RecordHeartbeatRequest(NodeId.of("worker-1"), Optional.of(BUSY), List.of()));

    Node afterBeats =
        api.get(new GetNodeRequest(NodeId.of("worker-1"), ReadConsistency.LINEARIZABLE));
    assertThat(afterBeats.status()).isEqualTo(NodeStatus.READY);
    assertThat(afterBeats.resources()).isEqualTo(BUSY);
    assertThat(afterBeats.version()).isEqualTo(registered.version().next());
    assertThat(afterBeats.createdAt()).isEqualTo(registered.createdAt());

    CliRun ls = warren(manager, "node", "ls");
    assertThat(ls.exitCode()).as(ls.toString()).isZero();
    assertThat(ls.out().lines().toList())
        .hasSize(4)
        .satisfies(lines -> assertThat(lines.get(1)).matches("manager-1 +manager +ready .*"))
        .satisfies(
            lines ->
                assertThat(lines.get(2))
                    .matches(
                        "worker-1 +worker +ready +active +10\\.1\\.0\\.7:7946 +2 +3\\.0 GiB +.* ago"));
    assertThat(warren(manager, "node", "ls", "--role", "worker", "-q").out())
        .isEqualTo("worker-1\nworker-2\n");
    assertThat(warren(manager, "node", "inspect", "worker-1", "--output", "json").out())
        .contains("\"id\": \"worker-1\"", "\"cpuCores\": 2", "\"zone\": \"b\"");

    CliRun rm = warren(manager, "node", "rm", "worker-2");
    assertThat(rm.exitCode()).as(rm.toString()).isZero();
    CliRun rmManager = warren(manager, "node", "rm", "manager-1");
    assertThat(rmManager.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(rmManager.err()).contains("is a manager in the Raft group").hasLineCount(1);
    CliRun rmAgain = warren(manager, "node", "rm", "worker-2");
    assertThat(rmAgain.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(rmAgain.err()).isEqualTo("error: node not found: worker-2\n");

    resources.close();
    StartReport restarted = startManager();

    assertThat(warren(restarted, "node", "ls", "-q").out()).isEqualTo("manager-1\nworker-1\n");
    Node remembered =
        worker(restarted)
            .get(new GetNodeRequest(NodeId.of("worker-1"), ReadConsistency.LINEARIZABLE));
    assertThat(remembered).isEqualTo(afterBeats);
  }
}
