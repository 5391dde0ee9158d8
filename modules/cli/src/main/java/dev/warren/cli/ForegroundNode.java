package dev.warren.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

/**
 * A node this process runs in the foreground, a manager or a standalone worker: started once, then
 * running until it stops by itself or the JVM shuts down (Ctrl-C).
 *
 * @param <R> what the node reports once it has started
 */
public interface ForegroundNode<R> extends AutoCloseable {

  /** Starts the node; returns what it is and where it runs. */
  R start();

  /** Blocks until the node has stopped. */
  void awaitStopped() throws InterruptedException;

  /** Stops what was started. Idempotent. */
  @Override
  void close();

  /**
   * Starts {@code node}, prints its report to {@code out} with {@code print} and blocks until it
   * stops. A shutdown hook called {@code hookName} closes the node and prints {@code stoppedLine};
   * it is registered before the start, so Ctrl-C during a slow start still closes what was opened.
   *
   * @return {@link ExitCodes#OK} once stopped
   * @throws RuntimeException whatever {@link #start} throws; the node is closed first
   */
  static <R> int runUntilStopped(
      ForegroundNode<R> node,
      String hookName,
      String stoppedLine,
      PrintWriter out,
      BiConsumer<R, PrintWriter> print)
      throws InterruptedException {
    Thread hook =
        new Thread(
            () -> {
              node.close();
              out.println(stoppedLine);
              out.flush();
            },
            hookName);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      print.accept(node.start(), out);
      node.awaitStopped();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already shutting down: the hook is running or has run, and that is the stop.
      }
      node.close();
    }
    return ExitCodes.OK;
  }
}
