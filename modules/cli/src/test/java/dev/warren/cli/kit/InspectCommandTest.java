package dev.warren.cli.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectCommandTest extends AgainstFakeManager {

  @ParameterizedTest
  @CsvSource({
    "secret,      secret",
    "volume,      volume",
    "ingress,     ingress",
    "certificate, TLS certificate",
    "service,     service",
    "node,        node"
  })
  void inspectOfAnUnknownObjectIsNotFoundNamingItsNoun(String group, String noun) {
    CliRun run = warren(group, "inspect", "ghost");

    assertThat(run.failed(ExitCodes.NOT_FOUND)).isEqualTo("error: " + noun + " not found: ghost\n");
  }
}
