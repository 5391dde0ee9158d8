package dev.warren.bootstrap;

import dev.warren.cli.CliEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.CliRun;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.domain.model.node.NodeId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * Secrets, volumes and rollouts on the real manager (Xodus, Ratis, Bouncy Castle, gRPC) through the
 * real command line; the data directory is then searched byte by byte for the secret's plaintext.
 */
class SecretsAndVolumesIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path inputs;

  /** The test's own config home: the manager writes the admin credentials there, the CLI reads them. */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private ControlPlaneServer newServer() {
    ControlPlaneServer server =
        DaggerControlPlaneComponent.factory()
            .create(new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
                .withAdminCredentials(environment().credentials()))
            .server();
    servers.add(server);
    return server;
  }

  private CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    CliRun run = CliRun.execute(cli, environment(), all.toArray(String[]::new));
    return run;
  }

  private CliRun ok(StartReport manager, String... args) {
    CliRun run = warren(manager, args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  /** Every regular file under the data directory that holds {@code needle}, as relative paths. */
  private List<String> filesContaining(byte[] needle) {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> contains(read(file), needle))
          .map(file -> dataDir.relativize(file).toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void aSecretsPlaintextNeverReachesTheDataDirectoryWhileItsMetadataServes() throws IOException {
    String name = "db-password-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] plaintext =
        ("plaintext-marker-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(inputs.resolve("secret.txt"), plaintext);
    ControlPlaneServer first = newServer();
    StartReport started = first.start();

    String id = ok(started, "secret", "create", name, file.toString()).out().strip();
    CliRun ls = ok(started, "secret", "ls");
    CliRun inspect = ok(started, "secret", "inspect", name, "--output", "json");
    first.close();

    assertThat(ls.out()).contains(id + "   " + name);
    assertThat(inspect.out()).contains("\"id\": \"" + id + "\"", "\"name\": \"" + name + "\"");
    assertThat(ls.out() + inspect.out()).doesNotContain("plaintext-marker");
    assertThat(filesContaining(name.getBytes(StandardCharsets.US_ASCII)))
        .as("the search finds what is stored in clear: the name, in the Raft log and in Xodus")
        .anyMatch(path -> path.startsWith("raft"))
        .anyMatch(path -> path.startsWith("state"));
    assertThat(filesContaining(plaintext)).isEmpty();

    StartReport restarted = newServer().start();
    assertThat(ok(restarted, "secret", "ls", "-q").out()).isEqualTo(id + "\n");
    assertThat(ok(restarted, "secret", "rm", name).out()).isEqualTo(name + "\n");
    CliRun gone = warren(restarted, "secret", "inspect", name);
    assertThat(gone.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void volumesAndRolloutsWorkOnTheRealStack() {
    StartReport started = newServer().start();

    ok(started, "volume", "create", "data", "--opt", "size=1g", "--label", "team=db");
    CliRun inspect = ok(started, "volume", "inspect", "data", "-o", "json");
    CliRun duplicate = warren(started, "volume", "create", "data");
    CliRun nfs = warren(started, "volume", "create", "other", "--driver", "nfs");

    assertThat(inspect.out()).contains("\"size\": \"1g\"", "\"team\": \"db\"", "\"driver\": \"local\"");
    assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(nfs.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(ok(started, "volume", "rm", "data").out()).isEqualTo("data\n");
    assertThat(ok(started, "volume", "ls", "-q").out()).isEmpty();

    ok(started, "service", "create", "web", "--image", "nginx:1", "--replicas", "2");
    CliRun neverUpdated = warren(started, "service", "rollback", "web");
    ok(started, "service", "update", "web", "--image", "nginx:2", "--strategy", "canary");
    CliRun rolledOut = ok(started, "service", "inspect", "web", "-o", "json");
    ok(started, "service", "rollback", "web");
    CliRun rolledBack = ok(started, "service", "inspect", "web", "-o", "json");

    assertThat(neverUpdated.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(neverUpdated.err())
        .isEqualTo("error: service web has no previous spec to roll back to\n");
    assertThat(rolledOut.out()).contains("\"image\": \"nginx:2\"", "\"version\": 2");
    assertThat(rolledBack.out()).contains("\"image\": \"nginx:1\"", "\"version\": 3");
  }
}
