package dev.warren.cli.worker;

/** A standalone worker built by a {@link WorkerLauncher}, run in the foreground by the CLI. */
public interface WorkerNode extends AutoCloseable {

  /**
   * Obtains (or reuses) the node's certificate, registers the node and starts following its
   * assignments.
   *
   * @return what the worker is and where it runs
   * @throws dev.warren.domain.error.DomainException if the token is refused, no manager can be
   *     reached, or a manager is not one of the token's cluster; nothing is left running
   */
  WorkerStartReport start();

  /** Blocks until the worker has been closed. */
  void awaitStopped() throws InterruptedException;

  /** Stops following assignments; the containers keep running. Idempotent. */
  @Override
  void close();
}
