package dev.warren.cli;

/** A manager built by a {@link ControlPlaneLauncher}, run in the foreground by the command line. */
public interface ControlPlane extends ForegroundNode<StartReport> {

  /**
   * Opens storage, the log and the listeners, in that order.
   *
   * @return where the manager listens and which cluster it serves
   */
  @Override
  StartReport start();

  /** Blocks until the manager has stopped (closed, or failed while running). */
  @Override
  void awaitStopped() throws InterruptedException;

  /** Stops everything that was started, in reverse order. Idempotent. */
  @Override
  void close();
}
