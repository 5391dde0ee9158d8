package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine.IFactory;

class OutputFormatsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private final FakeManager manager = new FakeManager(InstantSource.fixed(NOW));
  private final IFactory factory = TestCommands.clientCommands(manager, InstantSource.fixed(NOW));

  private CliRun warren(String... args) {
    return CliRun.execute(factory, args);
  }

  private static Object yaml(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  private String idOf(String name) {
    return manager.byName(name).id().value();
  }

  @Test
  void lsAsYamlIsAListOfServicesWithTheJsonShape() {
    warren("service", "create", "web", "--image", "nginx:1.27", "-e", "A=1");

    CliRun run = warren("service", "ls", "-o", "yaml");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(yaml(run.out()))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .singleElement()
        .satisfies(
            service -> {
              @SuppressWarnings("unchecked")
              var fields = (Map<String, Object>) service;
              assertThat(fields).containsEntry("id", idOf("web")).containsKey("spec");
              @SuppressWarnings("unchecked")
              var spec = (Map<String, Object>) fields.get("spec");
              assertThat(spec)
                  .containsEntry("name", "web")
                  .containsEntry("image", "nginx:1.27")
                  .containsEntry("env", Map.of("A", "1"))
                  .containsEntry("ports", List.of());
            });
    assertThat(run.out()).startsWith("- id: ");
  }

  @Test
  void inspectCreateAndUpdatePrintYamlToo() {
    CliRun create = warren("service", "create", "web", "--image", "nginx", "--output", "YAML");
    CliRun inspect = warren("service", "inspect", "web", "-o", "yaml");
    CliRun update = warren("service", "update", "web", "--replicas", "2", "-o", "yaml");

    assertThat(create.exitCode()).as(create.toString()).isZero();
    assertThat(yaml(create.out()))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("id", idOf("web"))
        .containsEntry("version", 1);
    assertThat(yaml(inspect.out())).isEqualTo(yaml(create.out()));
    assertThat(inspect.out()).contains("\n  name: web\n  image: nginx\n  replicas: 1\n");
    assertThat(update.out()).contains("\n  replicas: 2\n").contains("version: 2\n");
  }

  @Test
  void quietPrintsOnlyIdsForListCreateAndInspect() {
    CliRun create = warren("service", "create", "web", "--image", "nginx", "-q", "-o", "json");
    warren("service", "create", "db", "--image", "postgres");

    assertThat(create.out()).isEqualTo(idOf("web") + "\n");
    assertThat(warren("service", "ls", "-q").out())
        .isEqualTo(idOf("db") + "\n" + idOf("web") + "\n");
    assertThat(warren("service", "inspect", "db", "--quiet", "-o", "yaml").out())
        .isEqualTo(idOf("db") + "\n");
  }

  @Test
  void clusterInfoPrintsJsonAndYamlOfTheSameShape() {
    CliRun json = warren("cluster", "info", "-o", "json");
    CliRun yaml = warren("cluster", "info", "-o", "yaml");

    assertThat(yaml.succeeded())
        .isEqualTo(
            """
            leaderId: node-1
            leaderApiAddress: "127.0.0.1:8080"
            members:
              - id: node-1
                address: "127.0.0.1:7946"
                suffrage: Voter
            """);
    assertThat(json.out()).contains("\"leaderApiAddress\": \"127.0.0.1:8080\"");
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheChoices() {
    CliRun run = warren("service", "ls", "-o", "xml");

    assertThat(run.failed(ExitCodes.USAGE)).contains("TABLE, JSON, YAML").hasLineCount(1);
  }
}
