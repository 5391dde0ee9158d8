package dev.warren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.IFactory;

class CompletionCommandTest {
  private final IFactory factory =
      TestCommands.clientCommands(
          new FakeManager(InstantSource.fixed(Instant.EPOCH)), InstantSource.fixed(Instant.EPOCH));

  @Test
  void bashScriptCompletesTheWholeCommandTree() {
    CliRun run = CliRun.execute(factory, "completion", "bash");

    assertThat(run.succeeded())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_warren")
        .contains("service", "create", "inspect", "apply", "--manager", "--output");
  }

  @Test
  void zshGetsTheSameScriptAndBashIsTheDefault() {
    CliRun zsh = CliRun.execute(factory, "completion", "zsh");
    CliRun bash = CliRun.execute(factory, "completion");

    assertThat(zsh.succeeded()).isEqualTo(bash.out()).contains("bashcompinit");
  }

  @Test
  void anUnsupportedShellIsAUsageError() {
    CliRun run = CliRun.execute(factory, "completion", "fish");

    assertThat(run.failed(ExitCodes.USAGE)).contains("BASH, ZSH").hasLineCount(1);
  }
}
