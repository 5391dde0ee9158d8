package dev.warren.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerLogsCommandTest extends AgainstFakeManager {

  @BeforeEach
  void logsOfAContainerAndAService() {
    manager.logs.write("c-1", "", "first");
    manager.logs.write("c-1", "", "second");
    manager.logs.write("ticker", "ticker.1.abcdef@node-1", "tick 1");
    manager.logs.write("ticker", "ticker.2.fedcba@node-2", "tick 1");
  }

  @Test
  void aContainersLinesArePrintedAsTheyWere() {
    CliRun run = warren("container", "logs", "c-1");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("first\nsecond\n");
  }

  @Test
  void aServicesLinesAreMarkedWithTheirReplicaAndTheTailIsPassedOn() {
    CliRun run = warren("container", "logs", "ticker", "--tail", "1", "--follow");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("ticker.2.fedcba@node-2 | tick 1\n");
    assertThat(manager.logs.requests.getLast().follow()).isTrue();
    assertThat(manager.logs.requests.getLast().tail().lines()).isEqualTo(1);
  }

  @Test
  void anUnknownTargetIsNotFound() {
    CliRun run = warren("container", "logs", "nothing");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("no container or service is called nothing");
  }

  @Test
  void aTailThatIsNotANumberIsAUsageErrorAndNothingIsAsked() {
    CliRun bad = warren("container", "logs", "c-1", "--tail", "many");
    CliRun negative = warren("container", "logs", "c-1", "--tail", "-2");

    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("the tail must be a number of lines");
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(manager.logs.requests).isEmpty();
  }
}
