package dev.warren.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.port.in.ReadConsistency;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RootCommandTest extends AgainstFakeManager {
  RootCommandTest() {
    super(Instant.EPOCH, Duration.ZERO);
  }

  @Test
  void versionPrintsTheProductAndAVersion() {
    CliRun run = warren("--version");

    assertThat(run.succeeded()).startsWith("warren 0.1.0-SNAPSHOT\nJVM ");
  }

  @Test
  void theLaunchersVersionFastPathPrintsWhatTheCommandLinePrints() {
    var printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(printed, true, UTF_8));
    try {
      WarrenVersion.main(new String[0]);
    } finally {
      System.setOut(console);
    }

    assertThat(printed.toString(UTF_8).replace(System.lineSeparator(), "\n"))
        .isEqualTo(warren("--version").out());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    CliRun run = warren("--help");

    assertThat(run.succeeded())
        .contains("Exit codes:", "cluster", "server", "service")
        .containsPattern("2 +usage error")
        .containsPattern("3 +object not found")
        .containsPattern("4 +already exists")
        .containsPattern("5 +manager unavailable")
        .containsPattern("6 +permission denied");
  }

  @Test
  void clusterInfoPrintsTheLeaderAndMembers() {
    CliRun run = warren("cluster", "info");

    assertThat(run.succeeded())
        .isEqualTo(
            "Leader: node-1 (API 127.0.0.1:8080)\n\n"
                + "ID       ADDRESS          SUFFRAGE   LEADER\n"
                + "node-1   127.0.0.1:7946   Voter      *\n");
  }

  @Test
  void readsAreLinearizableUnlessStaleIsAskedForAnywhereOnTheLine() {
    warren("service", "ls").succeeded();
    warren("--stale", "service", "ls").succeeded();
    warren("service", "ls", "--stale").succeeded();

    assertThat(manager.connections())
        .extracting(ClientConfig::reads)
        .containsExactly(
            ReadConsistency.LINEARIZABLE, ReadConsistency.LOCAL, ReadConsistency.LOCAL);
  }
}
