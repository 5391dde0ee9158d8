package dev.warren.cli;

import dev.warren.cli.config.CredentialsDirectory;
import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.ManagerConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Everything that starts a manager node: where it keeps data and listens, and how its embedded
 * worker runs containers unless {@code --no-worker} makes it a manager only.
 */
public final class ManagerNodeOptions {
  @Mixin ManagerOptions manager;

  @Mixin WorkerOptions worker;

  @Option(
      names = "--no-worker",
      description =
          "Run no worker in this process: the node manages the cluster but runs no containers.")
  boolean noWorker;

  /** The chosen data directory, or the per-user default. */
  public DataDirectory dataDirectory() {
    return manager.dataDirectory();
  }

  /**
   * The configuration of a manager on {@code directory} that runs the leader's control loops, its
   * embedded worker unless told not to, and writes {@code credentials} for the user who starts it.
   */
  public ManagerConfig config(DataDirectory directory, CredentialsDirectory credentials) {
    ManagerConfig config = manager.config(directory).withAdminCredentials(credentials);
    return noWorker ? config.withLeaderLoops() : config.withEmbeddedWorker(worker.config());
  }
}
