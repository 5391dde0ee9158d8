package dev.warren.cli;

import dev.warren.cli.cluster.CertificateRequester;
import dev.warren.cli.worker.WorkerLauncher;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.port.out.KeyAndCsrPort;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything the commands call outside themselves, handed in by the composition root (or a test): a
 * manager's API, the manager start-up, the clock, what {@code cluster login} needs to make a key
 * and redeem a join token, and the standalone worker's start-up.
 */
public record CliPorts(
    ManagerConnector connector,
    ControlPlaneLauncher launcher,
    InstantSource clock,
    KeyAndCsrPort keys,
    CertificateRequester requester,
    WorkerLauncher workers) {
  public CliPorts {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(launcher, "launcher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(workers, "workers");
  }

  /** Ports without a worker start-up: {@code worker start} then says it cannot run here. */
  public CliPorts(
      ManagerConnector connector,
      ControlPlaneLauncher launcher,
      InstantSource clock,
      KeyAndCsrPort keys,
      CertificateRequester requester) {
    this(
        connector,
        launcher,
        clock,
        keys,
        requester,
        config -> {
          throw new FailedPreconditionException(
              "this command line cannot start a worker; run the warren executable");
        });
  }
}
