package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets, volumes and rollouts on the real manager (Xodus, Ratis, Bouncy Castle, gRPC) through the
 * real command line; the data directory is then searched byte by byte for the secret's plaintext.
 */
class SecretsAndVolumesIT {

  @TempDir Path dataDir;
  @TempDir Path configHome;
  @TempDir Path inputs;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  @Test
  void aSecretsPlaintextNeverReachesTheDataDirectoryWhileItsMetadataServes() throws IOException {
    String name = "db-password-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] plaintext =
        ("plaintext-marker-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(inputs.resolve("secret.txt"), plaintext);
    ControlPlaneServer first = managers.newServer();
    StartReport started = first.start();

    String id = managers.ok(started, "secret", "create", name, file.toString()).out().strip();
    CliRun ls = managers.ok(started, "secret", "ls");
    CliRun inspect = managers.ok(started, "secret", "inspect", name, "--output", "json");
    first.close();

    assertThat(ls.out()).contains(id + "   " + name);
    assertThat(inspect.out()).contains("\"id\": \"" + id + "\"", "\"name\": \"" + name + "\"");
    assertThat(ls.out() + inspect.out()).doesNotContain("plaintext-marker");
    assertThat(RealManager.filesContaining(dataDir, name.getBytes(StandardCharsets.US_ASCII)))
        .as("the search finds what is stored in clear: the name, in the Raft log and in Xodus")
        .anyMatch(path -> path.startsWith("raft"))
        .anyMatch(path -> path.startsWith("state"));
    assertThat(RealManager.filesContaining(dataDir, plaintext)).isEmpty();

    StartReport restarted = managers.newServer().start();
    assertThat(managers.ok(restarted, "secret", "ls", "-q").out()).isEqualTo(id + "\n");
    assertThat(managers.ok(restarted, "secret", "rm", name).out()).isEqualTo(name + "\n");
    CliRun gone = managers.warren(restarted, "secret", "inspect", name);
    assertThat(gone.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void volumesAndRolloutsWorkOnTheRealStack() {
    StartReport started = managers.newServer().start();

    managers.ok(started, "volume", "create", "data", "--opt", "size=1g", "--label", "team=db");
    CliRun inspect = managers.ok(started, "volume", "inspect", "data", "-o", "json");
    CliRun duplicate = managers.warren(started, "volume", "create", "data");
    CliRun nfs = managers.warren(started, "volume", "create", "other", "--driver", "nfs");

    assertThat(inspect.out())
        .contains("\"size\": \"1g\"", "\"team\": \"db\"", "\"driver\": \"local\"");
    assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(nfs.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(managers.ok(started, "volume", "rm", "data").out()).isEqualTo("data\n");
    assertThat(managers.ok(started, "volume", "ls", "-q").out()).isEmpty();

    managers.ok(started, "service", "create", "web", "--image", "nginx:1", "--replicas", "2");
    CliRun neverUpdated = managers.warren(started, "service", "rollback", "web");
    managers.ok(started, "service", "update", "web", "--image", "nginx:2", "--strategy", "canary");
    CliRun rolledOut = managers.ok(started, "service", "inspect", "web", "-o", "json");
    managers.ok(started, "service", "rollback", "web");
    CliRun rolledBack = managers.ok(started, "service", "inspect", "web", "-o", "json");

    assertThat(neverUpdated.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(neverUpdated.err())
        .isEqualTo("error: service web has no previous spec to roll back to\n");
    assertThat(rolledOut.out()).contains("\"image\": \"nginx:2\"", "\"version\": 2");
    assertThat(rolledBack.out()).contains("\"image\": \"nginx:1\"", "\"version\": 3");
  }
}
