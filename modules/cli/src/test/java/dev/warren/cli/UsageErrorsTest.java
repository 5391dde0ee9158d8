package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageErrorsTest extends AgainstFakeManager {
  UsageErrorsTest() {
    super(Instant.EPOCH, Duration.ZERO);
  }

  @Test
  void anUnknownOptionExitsTwoWithOneLinePointingAtTheCommandsHelp() {
    CliRun run = warren("service", "ls", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("error: Unknown option: '--bogus'; see 'warren service ls --help'\n");
    assertThat(run.out()).isEmpty();
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void aMissingOptionValueExitsTwoWithOneLine() {
    CliRun run = warren("service", "create", "web", "--image");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: Missing required parameter for option '--image'")
        .endsWith("; see 'warren service create --help'\n")
        .hasLineCount(1);
  }

  @Test
  void aMissingPositionalParameterExitsTwoWithOneLine() {
    CliRun run = warren("service", "inspect");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: Missing required parameter").hasLineCount(1);
  }

  @Test
  void aMistypedCommandSuggestsTheNearestOne() {
    CliRun run = warren("servce", "ls");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("(did you mean 'service'")
        .endsWith("; see 'warren --help'\n")
        .hasLineCount(1);
  }

  @Test
  void aMalformedManagerAddressNamesTheExpectedForm() {
    CliRun run = warren("--manager", "localhost", "service", "ls");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: Invalid value for option '--manager': address 'localhost' is not")
        .doesNotContain("Exception")
        .hasLineCount(1);
  }

  @Test
  void helpStillPrintsTheFullUsageAndExitsZero() {
    CliRun run = warren("service", "create", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: warren service create", "--image", "--manager");
  }
}
