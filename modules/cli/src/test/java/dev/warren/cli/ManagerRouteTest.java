package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.tls.ClientTlsIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagerRouteTest {
  private static final TcpAddress MANAGER = TcpAddress.parse("10.0.0.5:8080");
  private static final ClientTlsIdentity IDENTITY =
      new ClientTlsIdentity("client-cert", "client-key", "ca-cert");

  @TempDir Path home;

  private CredentialsDirectory credentials() {
    return new CredentialsDirectory(home.resolve("tls"));
  }

  private Path defaultSocket() {
    return home.resolve("data/warren.sock");
  }

  private ClientConfig config(Optional<Path> option, Optional<Path> variable) {
    return new ClientConfig(
        MANAGER, Duration.ofSeconds(5), credentials(), option, variable, defaultSocket());
  }

  private void createDefaultSocket() throws IOException {
    Files.createDirectories(defaultSocket().getParent());
    Files.createFile(defaultSocket());
  }

  @Test
  void aStoredCertificateMeansMutualTlsToTheLocatedManagerEvenWhenASocketExists()
      throws IOException {
    credentials().write(IDENTITY);
    createDefaultSocket();

    ManagerRoute route = ManagerRoute.choose(config(Optional.empty(), Optional.empty()));

    assertThat(route).isInstanceOf(ManagerRoute.MutualTls.class);
    var tls = (ManagerRoute.MutualTls) route;
    assertThat(tls.manager()).isEqualTo(MANAGER);
    assertThat(tls.identity().certificatePem()).isEqualTo("client-cert");
  }

  @Test
  void theSocketOptionWinsOverAStoredCertificate() {
    credentials().write(IDENTITY);
    Path asked = home.resolve("elsewhere.sock");

    assertThat(ManagerRoute.choose(config(Optional.of(asked), Optional.empty())))
        .isEqualTo(new ManagerRoute.LocalSocket(asked));
  }

  @Test
  void withoutACertificateTheDefaultSocketIsUsedIfItExists() throws IOException {
    createDefaultSocket();

    assertThat(ManagerRoute.choose(config(Optional.empty(), Optional.empty())))
        .isEqualTo(new ManagerRoute.LocalSocket(defaultSocket()));
  }

  @Test
  void withoutACertificateTheSocketVariableBeatsTheDefault() throws IOException {
    createDefaultSocket();
    Path variable = home.resolve("var.sock");

    assertThat(ManagerRoute.choose(config(Optional.empty(), Optional.of(variable))))
        .isEqualTo(new ManagerRoute.LocalSocket(variable));
  }

  @Test
  void withNeitherCertificateNorSocketTheErrorSaysHowToGetACertificate() {
    assertThatThrownBy(() -> ManagerRoute.choose(config(Optional.empty(), Optional.empty())))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("no client certificate in " + credentials().root())
        .hasMessageContaining("warren cluster init")
        .hasMessageContaining("warren cluster login --manager HOST:PORT --token TOKEN");
  }

  @Test
  void theDefaultSocketLivesInTheDefaultDataDirectory() {
    var environment =
        new CliEnvironment(
            java.util.Map.of("XDG_DATA_HOME", "/srv/data"),
            home,
            new java.io.ByteArrayInputStream(new byte[0]));

    assertThat(ManagerRoute.defaultSocket(environment))
        .isEqualTo(Path.of("/srv/data/warren/warren.sock"));
  }

  @Test
  void aCommandWithoutCredentialsOrSocketExitsDeniedWithTheHint() {
    var environment =
        new CliEnvironment(
            java.util.Map.of("XDG_DATA_HOME", home.resolve("data").toString()),
            home,
            new java.io.ByteArrayInputStream(new byte[0]));

    CliRun run =
        CliRun.execute(
            TestCommands.factory(
                config -> {
                  ManagerRoute.choose(config);
                  throw new AssertionError("the route must refuse before anything connects");
                },
                config -> {
                  throw new AssertionError("not started here");
                },
                java.time.InstantSource.system()),
            environment,
            "service",
            "ls");

    assertThat(run.failed(ExitCodes.DENIED)).startsWith("error: no client certificate in ");
  }
}
