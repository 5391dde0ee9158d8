package dev.warren.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.CliEnvironment;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.VolumeMount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyCommandTest extends ApplyFixture {
  private static final String WEB =
      """
      kind: Service
      name: web
      image: nginx:1.27
      replicas: 2
      env:
        LOG_LEVEL: info
        WORKERS: 4
      ports:
        - containerPort: 80
          hostPort: 8080
      """;

  @Test
  void createsWhatIsAbsentAndASecondApplyChangesNothing() throws IOException {
    Path web = file("web.yaml", WEB + "---\nkind: Service\nname: db\nimage: postgres:17\n");

    CliRun first = apply(web);
    Service created = manager.byName("web");
    CliRun second = apply(web);

    assertThat(first.succeeded()).isEqualTo("service/web created\nservice/db created\n");
    assertThat(second.succeeded()).isEqualTo("service/web unchanged\nservice/db unchanged\n");
    assertThat(manager.byName("web")).isEqualTo(created);
    assertThat(created.spec().env()).isEqualTo(Map.of("LOG_LEVEL", "info", "WORKERS", "4"));
    assertThat(created.spec().ports())
        .containsExactly(new PortMapping("", 80, 8080, Protocol.TCP, PublishMode.HOST));
    assertThat(manager.byName("db").spec()).isEqualTo(ServiceSpec.of("db", "postgres:17", 1));
  }

  @Test
  void updatesImageReplicasAndEnvInPlaceAtTheReadVersion() throws IOException {
    apply(file("web.yaml", WEB));

    CliRun run =
        apply(
            file(
                "web2.yaml",
                WEB.replace("nginx:1.27", "nginx:1.28")
                    .replace("replicas: 2", "replicas: 0")
                    .replace("WORKERS: 4", "WORKERS: 8")));

    assertThat(run.succeeded()).isEqualTo("service/web updated\n");
    Service web = manager.byName("web");
    assertThat(web.spec().image()).isEqualTo("nginx:1.28");
    assertThat(web.spec().replicas()).isZero();
    assertThat(web.spec().env()).containsEntry("WORKERS", "8");
    assertThat(web.version().value()).isEqualTo(2);
  }

  @Test
  void refusesToChangeWhatTheManagerCannotUpdateAndChangesNothing() throws IOException {
    apply(file("web.yaml", WEB));
    Service before = manager.byName("web");

    CliRun run =
        apply(
            file(
                "web2.yaml",
                WEB.replace("replicas: 2", "replicas: 3").replace("8080", "9090")
                    + "stopTimeoutSeconds: 30\n"));

    assertThat(run.failed(ExitCodes.CONFLICT))
        .startsWith("error: service/web: service web exists with other ports, stopTimeoutSeconds")
        .contains("warren service rm web")
        .hasLineCount(1);
    assertThat(manager.byName("web")).isEqualTo(before);
  }

  @Test
  void readsEveryServiceFieldAsInspectPrintsIt() throws IOException {
    Path full =
        file(
            "full.yaml",
            """
            kind: Service
            name: api
            image: registry.local/api:2.0
            replicas: 0
            mode: global
            deployStrategy: canary
            updateConfig:
              parallelism: 2
              delaySeconds: 5
              failureAction: rollback
              canarySteps: [10, 50, 100]
              autoRollbackEnabled: yes
            healthCheck:
              probe:
                type: http
                path: /healthz
                port: 8081
                headers:
                  - key: Host
                    value: api.local
              intervalSeconds: 5
              retries: 2
            restartPolicy:
              condition: on-failure
              maxAttempts: 3
            resources:
              cpuShares: 512
              memoryBytes: 536_870_912
            networks: [backend]
            volumes:
              - source: data
                target: /var/lib/api
                readOnly: true
            command: ["/bin/api", --port, 8081]
            ports:
              - name: http
                containerPort: 8081
                protocol: udp
                publishMode: ingress
            stopTimeoutSeconds: 20
            """);

    CliRun run = apply(full);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    ServiceSpec spec = manager.byName("api").spec();
    assertThat(spec.mode()).isEqualTo(ServiceMode.GLOBAL);
    assertThat(spec.replicas()).isZero();
    assertThat(spec.deployStrategy()).isEqualTo(DeployStrategy.CANARY);
    assertThat(spec.updateConfig().parallelism()).isEqualTo(2);
    assertThat(spec.updateConfig().failureAction()).isEqualTo(FailureAction.ROLLBACK);
    assertThat(spec.updateConfig().canarySteps()).containsExactly(10, 50, 100);
    assertThat(spec.updateConfig().autoRollbackEnabled()).isTrue();
    assertThat(spec.healthCheck())
        .hasValueSatisfying(
            check -> {
              assertThat(check.probe())
                  .isEqualTo(
                      new HealthProbe.Http(
                          "/healthz",
                          8081,
                          "http",
                          List.of(new HealthProbe.Header("Host", "api.local")),
                          200,
                          399));
              assertThat(check.intervalSeconds()).isEqualTo(5);
              assertThat(check.timeoutSeconds()).isEqualTo(10);
              assertThat(check.retries()).isEqualTo(2);
            });
    assertThat(spec.restartPolicy().condition()).isEqualTo(RestartCondition.ON_FAILURE);
    assertThat(spec.restartPolicy().maxAttempts()).isEqualTo(3);
    assertThat(spec.resources().memoryBytes()).isEqualTo(536_870_912L);
    assertThat(spec.networks()).containsExactly("backend");
    assertThat(spec.volumes()).containsExactly(new VolumeMount("data", "/var/lib/api", true));
    assertThat(spec.command()).containsExactly("/bin/api", "--port", "8081");
    assertThat(spec.ports())
        .containsExactly(new PortMapping("http", 8081, 0, Protocol.UDP, PublishMode.INGRESS));
    assertThat(spec.stopTimeoutSeconds()).isEqualTo(20);
    assertThat(apply(full).out()).isEqualTo("service/api unchanged\n");
  }

  /** The spec block of {@code service inspect NAME -o yaml}, moved to the top level. */
  private String inspectedSpecAsManifest(String name) {
    String inspect = warren("service", "inspect", name, "-o", "yaml").out();
    return inspect
        .substring(
            inspect.indexOf("spec:\n") + "spec:\n".length(), inspect.indexOf("previousSpec:"))
        .lines()
        .map(line -> line.substring(2))
        .reduce("kind: Service\n", (text, line) -> text + line + "\n");
  }

  @Test
  void theYamlOfInspectUnderKindServiceAppliesUnchanged() throws IOException {
    apply(file("web.yaml", WEB));
    String spec = inspectedSpecAsManifest("web");

    CliRun run = apply(file("roundtrip.yaml", spec));

    assertThat(run.exitCode()).as(spec + run).isZero();
    assertThat(run.out()).isEqualTo("service/web unchanged\n");
  }

  @Test
  void inspectsYamlRecreatesAServiceWithPlacementReservationsAndRestartPolicyExactly()
      throws IOException {
    CliRun create =
        warren(
            ("service create db --image postgres:16 --replicas 3"
                    + " --constraint node.labels.disk==ssd --constraint node.role!=manager"
                    + " --placement-pref spread=node.labels.zone --reserve-cpu 1.5"
                    + " --reserve-memory 256m --restart-condition on-failure --restart-delay 7s"
                    + " --restart-max-attempts 4 --restart-window 2m")
                .split(" "));
    assertThat(create.exitCode()).as(create.toString()).isZero();
    ServiceSpec created = manager.byName("db").spec();
    String manifest = inspectedSpecAsManifest("db");

    CliRun unchanged = apply(file("db.yaml", manifest));
    assertThat(warren("service", "rm", "db").exitCode()).isZero();
    CliRun recreated = apply(file("db.yaml", manifest));

    assertThat(unchanged.out()).as(manifest + unchanged).isEqualTo("service/db unchanged\n");
    assertThat(recreated.out()).as(manifest + recreated).isEqualTo("service/db created\n");
    ServiceSpec applied = manager.byName("db").spec();
    assertThat(applied.placement().constraints()).hasSize(2);
    assertThat(applied.restartPolicy().windowSeconds()).isEqualTo(120);
    assertThat(applied).isEqualTo(created);
  }

  @Test
  void readsStandardInputForADash() {
    var stdin = new ByteArrayInputStream(WEB.getBytes(StandardCharsets.UTF_8));
    var environment = new CliEnvironment(Map.of(), dir, stdin);

    CliRun run = CliRun.execute(factory, environment, "apply", "-f", "-");

    assertThat(run.succeeded()).isEqualTo("service/web created\n");
  }

  @Test
  void anUnknownFieldExitsTwoNamingFileDocumentLineAndField() throws IOException {
    Path file = file("typo.yaml", WEB + "---\nkind: Service\nname: db\nimage: pg\nreplica: 3\n");

    CliRun run = apply(file);

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: " + file + ", document 2, line 15: unknown field 'replica' (known: ")
        .hasLineCount(1);
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void aNestedUnknownFieldIsNamedByItsPath() throws IOException {
    Path file = file("typo.yaml", WEB.replace("hostPort", "hostport"));

    CliRun run = apply(file);

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: " + file + ", document 1, line 10: unknown field 'ports[0].hostport'");
  }

  @Test
  void anUnknownKindExitsTwoListingTheKnownOnes() throws IOException {
    Path file = file("kind.yaml", "kind: Deployment\nname: web\n");

    CliRun run = apply(file);

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo(
            "error: "
                + file
                + ", document 1, line 1: field 'kind' names an unknown kind 'Deployment'"
                + " (known: Secret, Volume, Service, Ingress)\n");
  }

  @Test
  void wrongTypesAndDomainRulesNameTheField() throws IOException {
    CliRun notANumber =
        apply(file("a.yaml", "kind: Service\nname: web\nimage: x\nreplicas: two\n"));
    CliRun badPort =
        apply(file("b.yaml", "kind: Service\nname: web\nimage: x\nports:\n  - containerPort: 0\n"));
    CliRun badMode = apply(file("c.yaml", "kind: Service\nname: web\nimage: x\nmode: daemon\n"));
    CliRun noImage = apply(file("d.yaml", "kind: Service\nname: web\n"));

    assertThat(notANumber.err())
        .contains("document 1, line 4: field 'replicas' must be a whole number, got 'two'");
    assertThat(badPort.err())
        .contains("document 1, line 5: ports[0]: container port must be between 1 and 65535");
    assertThat(badMode.err())
        .contains("field 'mode' must be one of: replicated, global (got 'daemon')");
    assertThat(noImage.err()).contains("line 1: field 'image' is required");
    assertThat(List.of(notANumber, badPort, badMode, noImage))
        .allSatisfy(run -> assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE));
  }

  @Test
  void malformedYamlAndDuplicatesAreUsageErrors() throws IOException {
    CliRun malformed = apply(file("bad.yaml", "kind: Service\nname: [web\n"));
    CliRun duplicateKey = apply(file("dup.yaml", "kind: Service\nname: web\nname: db\nimage: x\n"));
    CliRun twice = apply(file("twice.yaml", WEB + "---\n" + WEB));
    CliRun empty = apply(file("empty.yaml", "# nothing\n---\n"));
    CliRun missing = warren("apply", "-f", dir.resolve("nope.yaml").toString());

    assertThat(malformed.err()).contains("bad.yaml:").contains("not valid YAML");
    assertThat(duplicateKey.err()).contains("line 3: field 'name' appears twice");
    assertThat(twice.err()).contains("document 2, line 12: service/web is already defined at ");
    assertThat(empty.err()).contains("no resources in");
    assertThat(missing.err()).endsWith("nope.yaml: no such file\n");
    assertThat(List.of(malformed, duplicateKey, twice, empty, missing))
        .allSatisfy(
            run -> {
              assertThat(run.failed(ExitCodes.USAGE)).hasLineCount(1);
            });
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void withoutFileItIsAUsageError() {
    CliRun run = warren("apply");

    assertThat(run.failed(ExitCodes.USAGE)).contains("--filename").hasLineCount(1);
  }

  @Test
  void secretsAndVolumesAreCreatedOnceThenLeftAlone() throws IOException {
    Path secret = file("password.txt", "s3cret\n");
    Path file =
        file(
            "stack.yaml",
            "kind: Secret\nname: db-password\nfile: "
                + secret.getFileName()
                + "\n---\nkind: Volume\nname: data\nlabels:\n  tier: db\n");

    CliRun first = apply(file);
    CliRun second = apply(file);

    assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(first.out()).isEqualTo("secret/db-password created\nvolume/data created\n");
    assertThat(manager.resources.hasSecret("db-password")).isTrue();
    assertThat(manager.resources.volume("data").labels()).containsEntry("tier", "db");
    assertThat(second.out()).isEqualTo("secret/db-password unchanged\nvolume/data unchanged\n");
  }

  @Test
  void aVolumeThatExistsWithOtherLabelsIsRefusedBeforeAnythingChanges() throws IOException {
    apply(file("v1.yaml", "kind: Volume\nname: data\nlabels:\n  tier: db\n"));
    Path changed = file("v2.yaml", WEB + "---\nkind: Volume\nname: data\nlabels:\n  tier: cache\n");

    CliRun run = apply(changed);

    assertThat(run.failed(ExitCodes.CONFLICT))
        .startsWith("error: volume/data: volume data exists with another driver");
    assertThat(manager.resources.volume("data").labels()).containsEntry("tier", "db");
    assertThat(warren("service", "ls", "-q").out()).isEmpty();
  }
}
