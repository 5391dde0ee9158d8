package dev.warren.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.testkit.SampleTasks;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerCommandsTest extends AgainstFakeManager {
  private Service web;
  private Service api;

  @BeforeEach
  void twoServicesWithContainers() {
    warren("service", "create", "web", "--image", "nginx:1.27", "--replicas", "2");
    warren("service", "create", "api", "--image", "api:3");
    web = manager.byName("web");
    api = manager.byName("api");
    Instant started = NOW.minusSeconds(180);
    manager.nodes.put(
        SampleTasks.placed("w0", web, 0, NodeId.of("worker-1"), started)
            .moveTo(TaskState.RUNNING, "ctr-w0", "", started));
    manager.nodes.put(
        SampleTasks.placed("w1", web, 1, NodeId.of("worker-2"), started)
            .moveTo(TaskState.FAILED, "ctr-w1", "exit status 1", started)
            .withDesiredState(DesiredState.SHUTDOWN));
    manager.nodes.put(SampleTasks.task("a0", api, 0, Optional.empty(), started));
  }

  @Test
  void lsPrintsEveryContainerLikeServicePs() {
    CliRun run = warren("container", "ls");

    assertThat(run.succeeded().lines().toList())
        .containsExactly(
            "ID   NAME    IMAGE        NODE       DESIRED STATE   CURRENT STATE           HEALTH   "
                + " ERROR",
            "a0   api.0   api:3        -          running         pending 3 minutes ago   unknown",
            "w0   web.0   nginx:1.27   worker-1   running         running 3 minutes ago   unknown",
            "w1   web.1   nginx:1.27   worker-2   shutdown        failed 3 minutes ago    unknown"
                + "   exit status 1");
  }

  @Test
  void lsFiltersByServiceNameOrIdAndByNode() {
    assertThat(warren("container", "ls", "--service", "web", "-q").out()).isEqualTo("w0\nw1\n");
    assertThat(warren("container", "ls", "--service", web.id().value(), "-q").out())
        .isEqualTo("w0\nw1\n");
    assertThat(warren("container", "ls", "--node", "worker-2", "-q").out()).isEqualTo("w1\n");
    assertThat(warren("container", "ls", "--service", "web", "--node", "worker-1", "-q").out())
        .isEqualTo("w0\n");
    assertThat(manager.nodes.requests)
        .contains(
            new ListContainersRequest(
                Optional.of(web.id()),
                Optional.of(NodeId.of("worker-1")),
                ReadConsistency.LINEARIZABLE));
    CliRun unknownService = warren("container", "ls", "--service", "ghost");
    assertThat(unknownService.failed(ExitCodes.NOT_FOUND))
        .isEqualTo("error: service not found: ghost\n");
    assertThat(warren("container", "ls", "--node", "bad id").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void servicePsListsOneServicesContainers() {
    CliRun run = warren("service", "ps", "web");

    assertThat(run.succeeded().lines()).hasSize(3).element(1).asString().startsWith("w0   web.0");
    assertThat(warren("service", "ps", "api", "-q").out()).isEqualTo("a0\n");
    assertThat(warren("service", "ps", "web", "--output", "json").out())
        .startsWith("[\n  {\n    \"id\": \"w0\",")
        .contains("\"state\": \"running\"", "\"health\": \"unknown\"", "\"nodeId\": \"worker-1\"");
    assertThat(warren("service", "ps", "ghost").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(warren("service", "ps").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void inspectShowsTheContainerInDetail() {
    CliRun run = warren("container", "inspect", "w1");

    assertThat(run.succeeded())
        .contains(
            "ID:             w1",
            "Name:           web.1",
            "Service:        web (" + web.id().value() + ")",
            "Node:           worker-2",
            "Image:          nginx:1.27",
            "Desired state:  shutdown",
            "State:          failed (3 minutes ago)",
            "Health:         unknown",
            "Runtime id:     ctr-w1",
            "Error:          exit status 1",
            "Version:        3");
    assertThat(warren("container", "inspect", "a0").out())
        .contains("Node:           - (not placed yet)");
    assertThat(warren("container", "inspect", "w0", "-o", "json").out()).contains("\"slot\": 0");
    CliRun unknown = warren("container", "inspect", "ghost");
    assertThat(unknown.failed(ExitCodes.NOT_FOUND))
        .isEqualTo("error: container not found: ghost\n");
  }
}
