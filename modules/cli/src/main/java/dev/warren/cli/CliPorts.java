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
 * and redeem a join token, the standalone worker's start-up and the backup files.
 */
public record CliPorts(
    ManagerConnector connector,
    ControlPlaneLauncher launcher,
    InstantSource clock,
    KeyAndCsrPort keys,
    CertificateRequester requester,
    WorkerLauncher workers,
    BackupFiles backups) {
  public CliPorts {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(launcher, "launcher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(workers, "workers");
    Objects.requireNonNull(backups, "backups");
  }

  /** Ports without backup files: {@code cluster backup} and {@code restore} say they cannot run. */
  public CliPorts(
      ManagerConnector connector,
      ControlPlaneLauncher launcher,
      InstantSource clock,
      KeyAndCsrPort keys,
      CertificateRequester requester,
      WorkerLauncher workers) {
    this(connector, launcher, clock, keys, requester, workers, NO_BACKUP_FILES);
  }

  private static final BackupFiles NO_BACKUP_FILES =
      new BackupFiles() {
        @Override
        public dev.warren.domain.port.in.ClusterBackupHeader verify(java.nio.file.Path backup) {
          throw unsupported();
        }

        @Override
        public dev.warren.domain.port.in.ClusterBackupHeader restore(
            java.nio.file.Path backup, java.nio.file.Path dataDir) {
          throw unsupported();
        }

        private FailedPreconditionException unsupported() {
          return new FailedPreconditionException(
              "this command line cannot read backup files; run the warren executable");
        }
      };

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
