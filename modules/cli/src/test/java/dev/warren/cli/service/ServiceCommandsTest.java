package dev.warren.cli.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCommandsTest extends AgainstFakeManager {
  ServiceCommandsTest() {
    super(Duration.ofSeconds(120));
  }

  private void createWebAndDb() {
    warren("service", "create", "web", "--image", "nginx");
    warren("service", "create", "db", "--image", "postgres");
  }

  @Test
  void createPassesEverySpecOptionAndPrintsTheNewId() {
    CliRun run =
        warren(
            "service",
            "create",
            "web",
            "--image",
            "nginx:1.27",
            "--replicas",
            "3",
            "--env",
            "A=1",
            "-e",
            "B=two=2",
            "--publish",
            "8080:80",
            "-p",
            "53/udp",
            "--command",
            "nginx",
            "--command=-g",
            "--stop-timeout",
            "30",
            "--restart-condition",
            "on-failure",
            "--memory",
            "512m",
            "--cpu-shares",
            "512");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Service web = manager.byName("web");
    assertThat(run.out()).isEqualTo(web.id().value() + "\n");
    assertThat(web.spec().image()).isEqualTo("nginx:1.27");
    assertThat(web.spec().replicas()).isEqualTo(3);
    assertThat(web.spec().mode()).isEqualTo(ServiceMode.REPLICATED);
    assertThat(web.spec().env()).isEqualTo(Map.of("A", "1", "B", "two=2"));
    assertThat(web.spec().ports())
        .extracting(PortMapping::hostPort, PortMapping::containerPort, PortMapping::protocol)
        .containsExactly(tuple(8080, 80, Protocol.TCP), tuple(0, 53, Protocol.UDP));
    assertThat(web.spec().command()).containsExactly("nginx", "-g");
    assertThat(web.spec().stopTimeoutSeconds()).isEqualTo(30);
    assertThat(web.spec().restartPolicy().condition()).isEqualTo(RestartCondition.ON_FAILURE);
    assertThat(web.spec().resources().memoryBytes()).isEqualTo(512L << 20);
    assertThat(web.spec().resources().cpuShares()).isEqualTo(512);
  }

  @Test
  void createTalksToTheManagerGivenByOptionAndClosesTheConnection() {
    CliRun run =
        warren(
            "service",
            "create",
            "web",
            "--image",
            "nginx",
            "--manager",
            "127.0.0.1:9999",
            "--timeout",
            "3");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.connections())
        .singleElement()
        .satisfies(
            config -> {
              assertThat(config.manager().toString()).isEqualTo("127.0.0.1:9999");
              assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(3));
            });
    assertThat(manager.openConnections()).isZero();
  }

  @Test
  void createOfATakenNameExitsFourWithOneErrorLine() {
    warren("service", "create", "web", "--image", "nginx");

    CliRun run = warren("service", "create", "web", "--image", "nginx");

    assertThat(run.failed(ExitCodes.CONFLICT)).isEqualTo("error: service already exists: web\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void createWithAnInvalidNameExitsTwoNamingTheField() {
    CliRun run = warren("service", "create", "Web_1", "--image", "nginx");

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: service name 'Web_1' is invalid")
        .hasLineCount(1);
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void createWithoutImageIsAUsageError() {
    CliRun run = warren("service", "create", "web");

    assertThat(run.failed(ExitCodes.USAGE))
        .contains("--image")
        .hasLineCount(1)
        .startsWith("error: ");
  }

  @Test
  void createRejectsAnUnknownModeAndAMalformedPort() {
    assertThat(warren("service", "create", "web", "--image", "x", "--mode", "daemon").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRun badPort = warren("service", "create", "web", "--image", "x", "--publish", "a:b:c");
    assertThat(badPort.failed(ExitCodes.USAGE)).contains("HOST:CONTAINER").hasLineCount(1);
  }

  @Test
  void globalModeIsAccepted() {
    CliRun run = warren("service", "create", "agent", "--image", "x", "--mode", "global");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.byName("agent").spec().mode()).isEqualTo(ServiceMode.GLOBAL);
  }

  @Test
  void lsPrintsAnAlignedTableSortedByName() {
    warren("service", "create", "web", "--image", "nginx:1.27", "--replicas", "3");
    warren("service", "create", "db", "--image", "postgres:17");
    String web = manager.byName("web").id().value();
    String db = manager.byName("db").id().value();

    CliRun run = warren("service", "ls");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("ID +NAME +MODE +REPLICAS +IMAGE +CREATED");
    assertThat(lines.get(1))
        .isEqualTo(db + "   db     replicated   1          postgres:17   2 minutes ago");
    assertThat(lines.get(2))
        .isEqualTo(web + "   web    replicated   3          nginx:1.27    2 minutes ago");
  }

  @Test
  void lsQuietPrintsOnlyIdsAndJsonPrintsAnArray() {
    warren("service", "create", "web", "--image", "nginx");
    String id = manager.byName("web").id().value();

    assertThat(warren("service", "ls", "-q").out()).isEqualTo(id + "\n");
    String json = warren("service", "ls", "--output", "json").out();
    assertThat(json).startsWith("[\n  {\n    \"id\": \"" + id + "\",\n    \"spec\": {\n");
    assertThat(json).contains("\"name\": \"web\"", "\"mode\": \"replicated\"", "\"version\": 1");
  }

  @Test
  void inspectFindsAServiceByNameOrIdAndUnknownExitsThree() {
    warren("service", "create", "web", "--image", "nginx");
    String id = manager.byName("web").id().value();

    assertThat(warren("service", "inspect", "web", "-q").out()).isEqualTo(id + "\n");
    assertThat(warren("service", "inspect", id, "-q").out()).isEqualTo(id + "\n");
    assertThat(warren("service", "inspect", "web").out())
        .contains("Name:           web", "Image:          nginx", "Replicas:       1");
    CliRun unknown = warren("service", "inspect", "nope");
    assertThat(unknown.failed(ExitCodes.NOT_FOUND)).isEqualTo("error: service not found: nope\n");
  }

  @Test
  void scaleAcceptsBothSpellings() {
    createWebAndDb();

    CliRun pair = warren("service", "scale", "web=5", "db=2");
    CliRun separate = warren("service", "scale", "web", "0");

    assertThat(pair.succeeded()).isEqualTo("web scaled to 5\ndb scaled to 2\n");
    assertThat(separate.out()).isEqualTo("web scaled to 0\n");
    assertThat(manager.byName("web").spec().replicas()).isZero();
    assertThat(manager.byName("db").spec().replicas()).isEqualTo(2);
  }

  @Test
  void scaleChecksEveryCountBeforeScalingAnything() {
    warren("service", "create", "web", "--image", "nginx");

    CliRun run = warren("service", "scale", "web=3", "db=-1");

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo(
            "error: invalid replica count '-1' in 'db=-1': use a number >= 0;"
                + " see 'warren service scale --help'\n");
    assertThat(manager.byName("web").spec().replicas()).isEqualTo(1);
    assertThat(warren("service", "scale", "web").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void updateChangesImageReplicasAndMergesEnvironment() {
    warren("service", "create", "web", "--image", "nginx:1.26", "-e", "A=1", "-e", "B=2");

    CliRun run =
        warren(
            "service",
            "update",
            "web",
            "--image",
            "nginx:1.27",
            "--replicas",
            "4",
            "-e",
            "C=3",
            "--env-rm",
            "A");

    assertThat(run.succeeded()).isEqualTo("web\n");
    Service web = manager.byName("web");
    assertThat(web.spec().image()).isEqualTo("nginx:1.27");
    assertThat(web.spec().replicas()).isEqualTo(4);
    assertThat(web.spec().env()).isEqualTo(Map.of("B", "2", "C", "3"));
    assertThat(web.version().value()).isEqualTo(2);
  }

  @Test
  void createAndUpdateCarryConstraintsPreferencesReservationsAndRestartOptions() {
    CliRun created =
        warren(
            "service",
            "create",
            "db",
            "--image",
            "postgres:16",
            "--constraint",
            "node.labels.disk==ssd",
            "--constraint",
            "node.role!=manager",
            "--placement-pref",
            "spread=node.labels.zone",
            "--reserve-cpu",
            "0.5",
            "--reserve-memory",
            "256m",
            "--restart-delay",
            "2s",
            "--restart-max-attempts",
            "3",
            "--restart-window",
            "2m");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    Service db = manager.byName("db");
    assertThat(db.spec().placement())
        .isEqualTo(
            PlacementSpec.parse(
                List.of("node.labels.disk==ssd", "node.role!=manager"),
                List.of("spread=node.labels.zone")));
    assertThat(db.spec().resources().cpuShares()).isEqualTo(512);
    assertThat(db.spec().resources().memoryReservationBytes()).isEqualTo(256L << 20);
    assertThat(db.spec().restartPolicy())
        .isEqualTo(new RestartPolicy(RestartCondition.ANY, 3, 2, 120));

    CliRun updated =
        warren(
            "service",
            "update",
            "db",
            "--constraint",
            "node.labels.disk==nvme",
            "--restart-max-attempts",
            "5");

    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    Service after = manager.byName("db");
    assertThat(after.spec().placement())
        .isEqualTo(
            PlacementSpec.parse(
                List.of("node.labels.disk==nvme"), List.of("spread=node.labels.zone")));
    assertThat(after.spec().restartPolicy())
        .isEqualTo(new RestartPolicy(RestartCondition.ANY, 5, 2, 120));
    assertThat(after.spec().resources()).isEqualTo(db.spec().resources());
  }

  @Test
  void aMalformedConstraintExitsTwoNamingIt() {
    CliRun run =
        warren("service", "create", "db", "--image", "postgres", "--constraint", "node.disk=ssd");

    assertThat(run.failed(ExitCodes.USAGE)).contains("'node.disk=ssd'");
  }

  @Test
  void updateWithoutChangesIsAUsageError() {
    warren("service", "create", "web", "--image", "nginx");

    CliRun run = warren("service", "update", "web");

    assertThat(run.failed(ExitCodes.USAGE)).startsWith("error: nothing to update");
  }

  @Test
  void rmRemovesEveryServiceAndReportsEachFailure() {
    createWebAndDb();

    CliRun run = warren("service", "rm", "web", "ghost", "db");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.out()).isEqualTo("web\ndb\n");
    assertThat(run.err()).isEqualTo("error: service not found: ghost\n");
    assertThat(warren("service", "ls", "-q").out()).isEmpty();
  }

  @Test
  void aReferenceThatIsNeitherIdNorNameIsAUsageError() {
    CliRun run = warren("service", "inspect", "not a name!");

    assertThat(run.failed(ExitCodes.USAGE)).contains("neither a service id nor a service name");
  }
}
