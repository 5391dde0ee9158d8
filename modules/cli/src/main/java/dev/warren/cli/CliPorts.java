package dev.warren.cli;

import dev.warren.cli.cluster.CertificateRequester;
import dev.warren.domain.port.out.KeyAndCsrPort;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything the commands call outside themselves, handed in by the composition root (or a test): a
 * manager's API, the manager start-up, the clock, and what {@code cluster login} needs to make a
 * key and redeem a join token.
 */
public record CliPorts(
    ManagerConnector connector,
    ControlPlaneLauncher launcher,
    InstantSource clock,
    KeyAndCsrPort keys,
    CertificateRequester requester) {
  public CliPorts {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(launcher, "launcher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(requester, "requester");
  }
}
