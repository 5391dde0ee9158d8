package dev.warren.cli.worker;

import dev.warren.cli.ForegroundNode;

/** A standalone worker built by a {@link WorkerLauncher}, run in the foreground by the CLI. */
public interface WorkerNode extends ForegroundNode<WorkerStartReport> {

  /**
   * Obtains (or reuses) the node's certificate, registers the node and starts following its
   * assignments.
   *
   * @return what the worker is and where it runs
   * @throws dev.warren.domain.error.DomainException if the token is refused, no manager can be
   *     reached, or a manager is not one of the token's cluster; nothing is left running
   */
  @Override
  WorkerStartReport start();

  /** Blocks until the worker has been closed. */
  @Override
  void awaitStopped() throws InterruptedException;

  /** Stops following assignments; the containers keep running. Idempotent. */
  @Override
  void close();
}
