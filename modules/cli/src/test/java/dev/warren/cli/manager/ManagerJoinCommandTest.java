package dev.warren.cli.manager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import dev.warren.domain.error.FailedPreconditionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warren manager join}: the token and the managers to ask reach the manager's configuration
 * on a new data directory (never printed); a new data directory without a token is a usage error
 * that says where to get one; a data directory that holds a node resumes without one.
 */
class ManagerJoinCommandTest {
  private static final String TOKEN = "WRN-1-" + "ab".repeat(32) + "-s3cr3t";

  @TempDir Path dataDir;
  @TempDir Path configHome;

  private final List<ManagerConfig> launched = new ArrayList<>();

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
              throw new AssertionError("manager join opens no client");
            },
            launcher,
            InstantSource.system());
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dataDir.toString(), "--node-id", "manager-2"));
    return CliRun.execute(commands, CliRun.isolatedIn(configHome), all.toArray(String[]::new));
  }

  @Test
  void theTokenAndTheManagersReachTheConfigurationOfANewDataDirectory() {
    CliRun run =
        warren(
            "manager",
            "join",
            "--manager",
            "10.0.0.1:8080,10.0.0.3:8080",
            "--token",
            TOKEN,
            "--no-worker");

    assertThat(launched)
        .singleElement()
        .satisfies(
            config -> {
              assertThat(config.join()).isPresent();
              assertThat(config.join().get().managers())
                  .containsExactly(
                      new TcpAddress("10.0.0.1", 8080), new TcpAddress("10.0.0.3", 8080));
              assertThat(config.join().get().token()).isEqualTo(TOKEN);
              assertThat(config.embeddedWorker()).isEmpty();
              assertThat(config.toString()).doesNotContain("s3cr3t");
            });
    assertThat(run.out() + run.err()).doesNotContain("s3cr3t");
  }

  @Test
  void aNewDataDirectoryWithoutATokenIsAUsageErrorThatSaysWhereToGetOne() {
    CliRun run = warren("manager", "join", "--manager", "10.0.0.1:8080");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("a manager join token is required", "warren cluster join-token manager");
    assertThat(launched).isEmpty();
  }

  @Test
  void aMalformedTokenIsRefusedWithoutRepeatingIt() {
    CliRun run = warren("manager", "join", "--manager", "10.0.0.1:8080", "--token", "oops-s3cr3t");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("not a Warren join token").doesNotContain("s3cr3t");
    assertThat(launched).isEmpty();
  }

  @Test
  void aDataDirectoryThatHoldsANodeResumesWithoutAToken() throws Exception {
    Files.writeString(dataDir.resolve("node-id"), "manager-2\n");

    warren("manager", "join");

    assertThat(launched).singleElement().satisfies(config -> assertThat(config.join()).isEmpty());
  }
}
