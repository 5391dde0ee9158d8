package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import dev.warren.domain.error.FailedPreconditionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --node-down-timeout} reaches the manager's configuration on both commands that start a
 * manager; a value that is no positive duration is a usage error before anything starts.
 */
class NodeDownTimeoutOptionTest {
  @TempDir Path dataDir;
  @TempDir Path configHome;

  private final List<ManagerConfig> launched = new ArrayList<>();

  /** The data directory of a node that ran before, so {@code server run} accepts it. */
  private void holdANode() throws Exception {
    Files.writeString(dataDir.resolve("node-id"), "manager-1\n");
  }

  /** Records the configuration and refuses to start, so no server runs in this test. */
  private CliRun warren(String... args) {
    ControlPlaneLauncher launcher =
        config -> {
          launched.add(config);
          throw new FailedPreconditionException("not started in this test");
        };
    var commands =
        TestCommands.factory(
            config -> {
              throw new AssertionError("manager commands open no client");
            },
            launcher,
            InstantSource.system());
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dataDir.toString(), "--node-id", "manager-1"));
    return CliRun.execute(commands, CliRun.isolatedIn(configHome), all.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster init", "server run"})
  void theTimeoutGivenReachesTheManager(String command) throws Exception {
    holdANode();
    warren((command + " --node-down-timeout 2500ms").split(" "));

    assertThat(launched)
        .singleElement()
        .satisfies(
            config -> assertThat(config.nodeDownTimeout()).isEqualTo(Duration.ofMillis(2500)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster init", "server run"})
  void withoutTheOptionTheTimeoutIsThreeHeartbeatsOfFiveSeconds(String command) throws Exception {
    holdANode();
    warren(command.split(" "));

    assertThat(launched)
        .singleElement()
        .satisfies(
            config -> assertThat(config.nodeDownTimeout()).isEqualTo(Duration.ofSeconds(15)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "15", "-5s"})
  void aValueThatIsNoDurationIsAUsageError(String value) {
    CliRun run = warren("cluster", "init", "--node-down-timeout", value);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: Invalid value for option '--node-down-timeout'")
        .contains("is not a duration")
        .hasLineCount(1);
    assertThat(launched).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0ms"})
  void aZeroTimeoutIsAUsageErrorThatSaysWhatToGive(String value) {
    CliRun run = warren("cluster", "init", "--node-down-timeout", value);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("the node-down timeout must be positive", "--node-down-timeout 15s")
        .hasLineCount(1);
    assertThat(launched).isEmpty();
  }
}
