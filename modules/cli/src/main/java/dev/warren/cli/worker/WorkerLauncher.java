package dev.warren.cli.worker;

/**
 * Builds (but does not start) a standalone worker: the composition root implements it, so that the
 * command line depends on no runtime or transport.
 */
@FunctionalInterface
public interface WorkerLauncher {
  WorkerNode create(WorkerNodeConfig config);
}
