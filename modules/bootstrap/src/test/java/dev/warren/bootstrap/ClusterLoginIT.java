package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * A remote admin's first steps against a real manager over real TLS: redeem an admin token with
 * {@code cluster login} (CA pinned by the token, key generated locally), then work with the new
 * certificate; a user without a certificate reads through the local socket and cannot write.
 */
class ClusterLoginIT {
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path adminHome;
  @TempDir Path remoteHome;

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private ControlPlaneServer server;
  private StartReport manager;

  @BeforeEach
  void startManager() {
    server = TestManagers.server(dataDir, CliRun.isolatedIn(adminHome).credentials());
    manager = server.start();
  }

  @AfterEach
  void stopManager() {
    server.close();
  }

  private CliRun warren(CliEnvironment environment, String... args) {
    return CliRun.execute(cli, environment, args);
  }

  private String adminToken() {
    CliRun token =
        warren(
            CliRun.isolatedIn(adminHome),
            "cluster",
            "join-token",
            "admin",
            "-q",
            "--manager",
            manager.api().toString());
    assertThat(token.exitCode()).as(token.toString()).isZero();
    return token.out().strip();
  }

  @Test
  void aRemoteAdminLogsInWithAnAdminTokenAndCanThenAdminister() {
    String token = adminToken();
    CliEnvironment remote = CliRun.isolatedIn(remoteHome);

    CliRun login =
        warren(
            remote,
            "cluster",
            "login",
            "--manager",
            manager.api().toString(),
            "--token",
            token,
            "--name",
            "alice");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    assertThat(login.out()).contains("alice").contains("admin");
    assertThat(remote.credentials().read()).isPresent();
    assertThat(login.out() + login.err())
        .doesNotContain(token.substring(token.lastIndexOf('-') + 1));

    CliRun create =
        warren(
            remote,
            "service",
            "create",
            "web",
            "--image",
            "nginx:1.27",
            "--manager",
            manager.api().toString());
    assertThat(create.exitCode()).as(create.toString()).isZero();
    CliRun ca = warren(remote, "cluster", "ca", "-q");
    assertThat(ca.exitCode()).as(ca.toString()).isZero();
    assertThat(token).contains("-" + ca.out().strip() + "-");
  }

  @Test
  void aRotatedTokenIsRefusedWithTheReasonAndNothingIsWritten() {
    String token = adminToken();
    CliRun rotate =
        warren(
            CliRun.isolatedIn(adminHome),
            "cluster",
            "join-token",
            "admin",
            "--rotate",
            "-q",
            "--manager",
            manager.api().toString());
    assertThat(rotate.exitCode()).as(rotate.toString()).isZero();
    CliEnvironment remote = CliRun.isolatedIn(remoteHome);

    CliRun login =
        warren(remote, "cluster", "login", "--manager", manager.api().toString(), "--token", token);

    assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCodes.DENIED);
    assertThat(login.err()).contains("rotated");
    assertThat(remote.credentials().exists()).isFalse();
  }

  @Test
  void aTokenOfAnotherClusterIsRefusedBeforeItsSecretIsSent() {
    String token = adminToken();
    String otherDigest = "a".repeat(64);
    String foreign = token.replaceFirst("^WRN-1-[0-9a-f]{64}-", "WRN-1-" + otherDigest + "-");
    CliEnvironment remote = CliRun.isolatedIn(remoteHome);

    CliRun login =
        warren(
            remote, "cluster", "login", "--manager", manager.api().toString(), "--token", foreign);

    assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCodes.DENIED);
    assertThat(login.err()).contains("not a manager of the token's cluster");
    assertThat(remote.credentials().exists()).isFalse();
  }

  @Test
  void withoutACertificateTheLocalSocketServesReadsAndRefusesWrites() {
    CliEnvironment local =
        new CliEnvironment(
            Map.of(
                "XDG_CONFIG_HOME", remoteHome.toString(),
                "WARREN_SOCKET", manager.socket().toString()),
            Path.of("/nonexistent/warren-test-home"),
            new ByteArrayInputStream(new byte[0]));

    CliRun ls = warren(local, "service", "ls");
    CliRun create = warren(local, "service", "create", "web", "--image", "nginx:1.27");

    assertThat(ls.exitCode()).as(ls.toString()).isZero();
    assertThat(create.exitCode()).as(create.toString()).isEqualTo(ExitCodes.DENIED);
    assertThat(create.err()).contains("read-only");
  }
}
