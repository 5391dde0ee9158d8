package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches {@code warren} as a separate JVM on the module path, as the image does, because the
 * class-path tests cannot see a missing {@code requires} or {@code opens}: a manager started with
 * {@code cluster init}, client processes against it (SnakeYAML's module included, by {@code apply
 * -f}), then a stop by SIGTERM.
 */
class ModulePathSmokeIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern API = Pattern.compile("API: +(\\S+)");
  @TempDir Path temp;

  private Process manager;

  @AfterEach
  void stopManager() {
    if (manager != null) {
      manager.destroyForcibly();
    }
  }

  private ProcessBuilder warren(Path output, String... args) {
    return new WarrenJvm(temp).warren(output, args);
  }

  private static String read(Path file) {
    return WarrenJvm.read(file);
  }

  private record Result(int exitCode, String output) {}

  private Result run(String name, String... args) throws Exception {
    Path output = temp.resolve(name + ".out");
    Process process = warren(output, args).start();
    assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(name).isTrue();
    return new Result(process.exitValue(), read(output));
  }

  @Test
  void managerAndClientsRunOnTheModulePath() throws Exception {
    Path managerOutput = temp.resolve("manager.out");
    manager =
        warren(
                managerOutput,
                "cluster",
                "init",
                "--data-dir",
                temp.resolve("data").toString(),
                "--listen",
                "127.0.0.1:0",
                "--raft-listen",
                "127.0.0.1:0",
                "--metrics-listen",
                "127.0.0.1:0")
            .start();
    Await.until(
        "the manager runs",
        TIMEOUT,
        () -> read(managerOutput).contains("Manager running") || !manager.isAlive());
    Matcher api = API.matcher(read(managerOutput));
    assertThat(api.find()).as(read(managerOutput)).isTrue();

    Result create =
        run("create", "service", "create", "web", "--image", "nginx", "--manager", api.group(1));
    Result list = run("list", "service", "ls", "-q", "--manager", api.group(1));
    Path manifest =
        Files.writeString(
            temp.resolve("stack.yaml"),
            """
            kind: Service
            name: api
            image: registry.local/api:2.0
            replicas: 2
            env: {MODE: "on"}
            ports: [{containerPort: 8080, hostPort: 18080}]
            healthCheck: {probe: {type: tcp, port: 8080}}
            """);
    Result firstApply =
        run("apply1", "--manager", api.group(1), "apply", "-f", manifest.toString());
    Result secondApply =
        run("apply2", "apply", "-f", manifest.toString(), "--manager", api.group(1));
    Result yaml = run("yaml", "service", "inspect", "api", "-o", "yaml", "--manager", api.group(1));
    manager.destroy();

    assertThat(create.exitCode()).as(create.output()).isZero();
    assertThat(list.output()).as(list.output()).isEqualTo(create.output());
    assertThat(firstApply.output())
        .as(firstApply.output())
        .containsPattern("(?m)^service/api created$");
    assertThat(secondApply.output())
        .as(secondApply.output())
        .containsPattern("(?m)^service/api unchanged$");
    assertThat(yaml.output()).as(yaml.output()).contains("  image: registry.local/api:2.0\n");
    assertThat(manager.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(read(managerOutput)).contains("warren manager stopped");
  }
}
