package dev.warren.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateNodeRequest;
import dev.warren.testkit.SampleTasks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeCommandsTest extends AgainstFakeManager {
  private static Node node(String id, NodeRole role, Instant heartbeat) {
    return new Node(
        NodeId.of(id),
        role,
        "10.1.0.7:7946",
        "",
        new NodeResources(4, 8L << 30, 100L << 30),
        NodeStatus.READY,
        heartbeat,
        NOW.minusSeconds(3600),
        Map.of("zone", "b", "disk", "ssd"),
        new Version(3));
  }

  @BeforeEach
  void twoWorkersAndAManager() {
    manager.nodes.put(node("worker-2", NodeRole.WORKER, NOW.minusSeconds(5)));
    manager.nodes.put(node("worker-1", NodeRole.WORKER, NOW.minusSeconds(5)));
    manager.nodes.put(node("manager-1", NodeRole.MANAGER, NOW.minusSeconds(120)));
    manager.nodes.protect(NodeId.of("manager-1"));
  }

  @Test
  void lsPrintsATableOrderedByIdWithRunningCounts() {
    warren("service", "create", "web", "--image", "nginx:1.27", "--replicas", "4");
    Service web = manager.byName("web");
    NodeId worker1 = NodeId.of("worker-1");
    Instant started = NOW.minusSeconds(60);
    manager.nodes.put(
        SampleTasks.placed("w0", web, 0, worker1, started)
            .moveTo(TaskState.RUNNING, "1", "", started));
    manager.nodes.put(
        SampleTasks.placed("w1", web, 1, worker1, started)
            .moveTo(TaskState.RUNNING, "2", "", started));
    manager.nodes.put(
        SampleTasks.placed("w2", web, 2, worker1, started)
            .moveTo(TaskState.FAILED, "3", "exited with code 1", started));
    manager.nodes.put(SampleTasks.placed("w3", web, 3, NodeId.of("worker-2"), started));

    CliRun run = warren("node", "ls");

    assertThat(run.succeeded().lines().toList())
        .containsExactly(
            "ID          ROLE      STATUS   AVAILABILITY   ADDRESS         CPUS   MEMORY    RUNNING  "
                + " LAST HEARTBEAT",
            "manager-1   manager   ready    active         10.1.0.7:7946   4      8.0 GiB   0        "
                + " 2 minutes ago",
            "worker-1    worker    ready    active         10.1.0.7:7946   4      8.0 GiB   2        "
                + " 5 seconds ago",
            "worker-2    worker    ready    active         10.1.0.7:7946   4      8.0 GiB   0        "
                + " 5 seconds ago");
    assertThat(manager.openConnections()).isZero();
  }

  @Test
  void lsFiltersByRoleAndPrintsIdsOrJson() {
    assertThat(warren("node", "ls", "--role", "worker", "-q").out())
        .isEqualTo("worker-1\nworker-2\n");
    assertThat(manager.nodes.requests)
        .contains(new ListNodesRequest(Optional.of(NodeRole.WORKER), ReadConsistency.LINEARIZABLE));
    String json = warren("node", "ls", "--role", "manager", "--output", "json").out();
    assertThat(json)
        .startsWith("[\n  {\n    \"id\": \"manager-1\",\n    \"role\": \"manager\",")
        .contains("\"labels\": {\n      \"disk\": \"ssd\",\n      \"zone\": \"b\"\n    }")
        .contains("\"version\": 3");
    CliRun yaml = warren("node", "ls", "--role", "manager", "-o", "yaml");
    assertThat(yaml.succeeded()).startsWith("- ").contains("manager-1").doesNotContain("{");
  }

  @Test
  void updateDrainsAndChangesLabelsAndInspectShowsTheAvailability() {
    CliRun run =
        warren(
            "node",
            "update",
            "worker-1",
            "--availability",
            "drain",
            "--label-add",
            "gpu=yes",
            "--label-rm",
            "disk");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.nodes.requests)
        .contains(
            new UpdateNodeRequest(
                NodeId.of("worker-1"),
                Optional.of(NodeAvailability.DRAIN),
                Map.of("gpu", "yes"),
                List.of("disk")));
    CliRun inspect = warren("node", "inspect", "worker-1");
    assertThat(inspect.out()).contains("Availability:").contains("drain").contains("gpu=yes");
    assertThat(inspect.out()).doesNotContain("disk=");
  }

  @Test
  void updateWithAnUnknownAvailabilityOrNothingToChangeIsAUsageError() {
    CliRun unknown = warren("node", "update", "worker-1", "--availability", "asleep");
    CliRun nothing = warren("node", "update", "worker-1");

    assertThat(unknown.failed(ExitCodes.USAGE))
        .contains("availability 'asleep' is not one of: active, pause, drain");
    assertThat(nothing.failed(ExitCodes.USAGE)).contains("nothing to update");
  }

  @Test
  void anUnknownRoleIsAUsageErrorBeforeConnecting() {
    CliRun run = warren("node", "ls", "--role", "boss");

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo("error: role 'boss' is not one of: manager, worker, hybrid\n");
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void inspectShowsEveryFieldAndUnknownExitsThree() {
    CliRun run = warren("node", "inspect", "worker-1");

    assertThat(run.succeeded())
        .contains(
            "ID:              worker-1",
            "Role:            worker",
            "Status:          ready",
            "Address:         10.1.0.7:7946",
            "Overlay IP:      -",
            "Resources:       4 CPUs, 8.0 GiB memory, 100.0 GiB disk",
            "Labels:          disk=ssd",
            "                 zone=b",
            "Last heartbeat:  2026-11-25T11:59:55Z (5 seconds ago)",
            "Version:         3");
    assertThat(warren("node", "inspect", "worker-1", "-q").out()).isEqualTo("worker-1\n");
    CliRun unknown = warren("node", "inspect", "ghost");
    assertThat(unknown.failed(ExitCodes.NOT_FOUND)).isEqualTo("error: node not found: ghost\n");
    assertThat(warren("node", "inspect", "bad id").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(warren("node", "inspect").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void rmRemovesEachAndReportsEveryFailureWithTheFirstCode() {
    CliRun run = warren("node", "rm", "worker-1", "ghost", "manager-1", "worker-2");

    assertThat(run.out()).isEqualTo("worker-1\nworker-2\n");
    assertThat(run.err())
        .isEqualTo("error: node not found: ghost\nerror: node manager-1 is a manager\n");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(manager.nodes.has(NodeId.of("worker-1"))).isFalse();
    assertThat(manager.nodes.has(NodeId.of("manager-1"))).isTrue();
  }

  @Test
  void byteSizesReadLikeDockers() {
    assertThat(NodeNoun.bytes(0)).isEqualTo("0 B");
    assertThat(NodeNoun.bytes(1023)).isEqualTo("1023 B");
    assertThat(NodeNoun.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(NodeNoun.bytes(16L << 30)).isEqualTo("16.0 GiB");
    assertThat(List.of(NodeNoun.bytes(1L << 40))).containsExactly("1.0 TiB");
  }
}
