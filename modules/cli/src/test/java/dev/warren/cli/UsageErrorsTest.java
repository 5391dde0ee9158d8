package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsageErrorsTest extends AgainstFakeManager {
  UsageErrorsTest() {
    super(Instant.EPOCH, Duration.ZERO);
  }

  @Test
  void anUnknownOptionExitsTwoWithOneLinePointingAtTheCommandsHelp() {
    CliRun run = warren("service", "ls", "--bogus");

    assertThat(run.failed(ExitCodes.USAGE))
        .isEqualTo("error: Unknown option: '--bogus'; see 'warren service ls --help'\n");
    assertThat(run.out()).isEmpty();
    assertThat(manager.connections()).isEmpty();
  }

  @Test
  void aMissingOptionValueExitsTwoWithOneLine() {
    CliRun run = warren("service", "create", "web", "--image");

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: Missing required parameter for option '--image'")
        .endsWith("; see 'warren service create --help'\n")
        .hasLineCount(1);
  }

  /** Usage errors without a message of their own to pin: each is one error line and exit code 2. */
  @ParameterizedTest(name = "warren {0}")
  @MethodSource("oneLineUsageErrors")
  void aUsageErrorExitsTwoWithOneLine(List<String> args, String start, String contained) {
    CliRun run = warren(args.toArray(String[]::new));

    assertThat(run.failed(ExitCodes.USAGE)).startsWith(start).contains(contained).hasLineCount(1);
  }

  static Stream<Arguments> oneLineUsageErrors() {
    return Stream.of(
        arguments(List.of("servcie", "ls"), "error: ", ""),
        arguments(List.of("service"), "error: ", ""),
        arguments(List.of("service", "inspect"), "error: Missing required parameter", ""),
        arguments(List.of("service", "ls", "--manager", "localhost"), "", "HOST:PORT"));
  }

  @Test
  void aMistypedCommandSuggestsTheNearestOne() {
    CliRun run = warren("servce", "ls");

    assertThat(run.failed(ExitCodes.USAGE))
        .contains("(did you mean 'service'")
        .endsWith("; see 'warren --help'\n")
        .hasLineCount(1);
  }

  @Test
  void aMalformedManagerAddressNamesTheExpectedForm() {
    CliRun run = warren("--manager", "localhost", "service", "ls");

    assertThat(run.failed(ExitCodes.USAGE))
        .startsWith("error: Invalid value for option '--manager': address 'localhost' is not")
        .doesNotContain("Exception")
        .hasLineCount(1);
  }

  @Test
  void helpStillPrintsTheFullUsageAndExitsZero() {
    CliRun run = warren("service", "create", "--help");

    assertThat(run.succeeded()).contains("Usage: warren service create", "--image", "--manager");
  }
}
