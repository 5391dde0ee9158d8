package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import dev.warren.domain.error.InvalidSpecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

class ManagerLocatorTest {
  private static final TcpAddress FLAG = TcpAddress.parse("10.0.0.1:1001");

  @TempDir Path home;

  private final Map<String, String> variables = new HashMap<>();

  private CliEnvironment environment() {
    return new CliEnvironment(variables, home, new ByteArrayInputStream(new byte[0]));
  }

  private Path writeConfig(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private Path defaultConfig() {
    return home.resolve(".config/warren/config.yaml");
  }

  private TcpAddress locate(Optional<TcpAddress> flag) {
    return ManagerLocator.locate(flag, environment());
  }

  @Test
  void withNothingSetTheDefaultIsLocalhost8080() {
    assertThat(locate(Optional.empty())).hasToString("127.0.0.1:8080");
  }

  @Test
  void theConfigFileBeatsTheDefault() throws IOException {
    writeConfig(defaultConfig(), "# my cluster\nmanager: 10.0.0.3:1003\n");

    assertThat(locate(Optional.empty())).hasToString("10.0.0.3:1003");
  }

  @Test
  void theVariableBeatsTheConfigFileWhichIsThenNotEvenRead() throws IOException {
    writeConfig(defaultConfig(), "manager: [not, an, address]\n");
    variables.put("WARREN_MANAGER", "10.0.0.2:1002");

    assertThat(locate(Optional.empty())).hasToString("10.0.0.2:1002");
  }

  @Test
  void theOptionBeatsEverything() throws IOException {
    writeConfig(defaultConfig(), "manager: 10.0.0.3:1003\n");
    variables.put("WARREN_MANAGER", "10.0.0.2:1002");

    assertThat(locate(Optional.of(FLAG))).isEqualTo(FLAG);
  }

  @Test
  void theOptionAndTheVariableMayNameSeveralManagersAndTheConfigFileListsThem() throws IOException {
    writeConfig(
        defaultConfig(), "manager: 10.0.0.3:1003\nmanagers: [10.0.0.5:1005, 10.0.0.3:1003]\n");
    assertThat(ManagerLocator.locateAll(List.of(), environment()))
        .extracting(TcpAddress::toString)
        .containsExactly("10.0.0.3:1003", "10.0.0.5:1005");

    variables.put("WARREN_MANAGER", "10.0.0.2:1002, 10.0.0.6:1006");
    assertThat(ManagerLocator.locateAll(List.of(), environment()))
        .extracting(TcpAddress::toString)
        .containsExactly("10.0.0.2:1002", "10.0.0.6:1006");
    assertThat(locate(Optional.empty())).hasToString("10.0.0.2:1002");

    assertThat(ManagerLocator.locateAll(List.of(FLAG), environment())).containsExactly(FLAG);
  }

  @Test
  void aMalformedManagerInTheConfigFilesListNamesTheField() throws IOException {
    Path file = writeConfig(defaultConfig(), "managers:\n  - 10.0.0.5:1005\n  - nowhere\n");

    assertThatThrownBy(() -> locate(Optional.empty()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith(
            file + ", document 1, line 2: field 'managers' is invalid: address 'nowhere'");
  }

  @Test
  void anEmptyVariableCountsAsUnset() {
    variables.put("WARREN_MANAGER", "");

    assertThat(locate(Optional.empty())).hasToString("127.0.0.1:8080");
  }

  @Test
  void xdgConfigHomeMovesTheConfigFile() throws IOException {
    Path xdg = home.resolve("xdg");
    writeConfig(xdg.resolve("warren/config.yaml"), "manager: 10.0.0.4:1004\n");
    writeConfig(defaultConfig(), "manager: 10.0.0.3:1003\n");
    variables.put("XDG_CONFIG_HOME", xdg.toString());

    assertThat(locate(Optional.empty())).hasToString("10.0.0.4:1004");
  }

  @Test
  void aMalformedVariableNamesTheVariable() {
    variables.put("WARREN_MANAGER", "localhost");

    assertThatThrownBy(() -> locate(Optional.empty()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("WARREN_MANAGER: address 'localhost'");
  }

  @Test
  void aConfigFileWithAnUnknownKeyOrBadAddressNamesFileLineAndField() throws IOException {
    Path file = writeConfig(defaultConfig(), "manger: 10.0.0.3:1003\n");
    assertThatThrownBy(() -> locate(Optional.empty()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            file + ", document 1, line 1: unknown field 'manger' (known: manager, managers)");

    writeConfig(defaultConfig(), "\nmanager: nowhere\n");
    assertThatThrownBy(() -> locate(Optional.empty()))
        .hasMessageStartingWith(file + ", document 1, line 2: field 'manager' is invalid");
  }

  @Test
  void anEmptyConfigFileMeansNoSettings() throws IOException {
    writeConfig(defaultConfig(), "# nothing yet\n");

    assertThat(locate(Optional.empty())).hasToString("127.0.0.1:8080");
  }

  @Test
  void theCommandLineTakesTheOptionBeforeOrAfterTheSubcommandAndTheEnvironmentOtherwise()
      throws IOException {
    var manager = new FakeManager(InstantSource.fixed(Instant.EPOCH));
    IFactory factory = TestCommands.clientCommands(manager, InstantSource.fixed(Instant.EPOCH));
    writeConfig(defaultConfig(), "manager: 10.0.0.3:1003\n");

    CliRun before =
        CliRun.execute(factory, environment(), "--manager", "10.0.0.1:1", "service", "ls");
    CliRun between =
        CliRun.execute(factory, environment(), "service", "--manager", "10.0.0.1:2", "ls");
    CliRun after = CliRun.execute(factory, environment(), "service", "ls", "--manager=10.0.0.1:3");
    CliRun fromFile = CliRun.execute(factory, environment(), "cluster", "info");
    variables.put("WARREN_MANAGER", "10.0.0.2:1002");
    CliRun fromVariable = CliRun.execute(factory, environment(), "service", "ls");

    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(between.exitCode()).as(between.toString()).isZero();
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
    assertThat(manager.connections())
        .extracting(config -> config.manager().toString())
        .containsExactly(
            "10.0.0.1:1", "10.0.0.1:2", "10.0.0.1:3", "10.0.0.3:1003", "10.0.0.2:1002");
    assertThat(fromVariable.exitCode()).isZero();
  }

  @Test
  void anInvalidConfigFileIsAUsageErrorOnOneLine() throws IOException {
    writeConfig(defaultConfig(), "manager: [a\n");
    var manager = new FakeManager(InstantSource.fixed(Instant.EPOCH));
    IFactory factory = TestCommands.clientCommands(manager, InstantSource.fixed(Instant.EPOCH));

    CliRun run = CliRun.execute(factory, environment(), "service", "ls");

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: " + defaultConfig() + ":")
        .hasLineCount(1);
    assertThat(manager.connections()).isEmpty();
  }
}
