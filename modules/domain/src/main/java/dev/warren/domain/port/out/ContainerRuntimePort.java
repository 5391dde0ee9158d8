package dev.warren.domain.port.out;

import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs containers on this node: host processes, containerd, or an in-memory stand-in in tests. A
 * worker drives it; the cluster's desired state decides what runs, this port only carries it out
 * and reports what it sees.
 *
 * <p>Every container is known by its {@link TaskId}. A runtime remembers what it started where it
 * survives the worker (on disk, in containerd's labels), so a restarted worker {@link #list()
 * lists} and adopts what it left running and never starts a second copy. Implementations are safe
 * for use by several threads; calls on the same container are serialised by the caller.
 */
public interface ContainerRuntimePort {

  /** The short name a node registers with and services can require ({@code process}). */
  String name();

  /** Whether this runtime can run {@code image} at all (a {@code process://} image, an OCI one). */
  boolean canRun(String image);

  /**
   * Starts the container {@code launch} describes, or returns it as it is when this runtime already
   * holds a container with that id (running or exited): a start is never repeated by a retry.
   *
   * @return the container, {@link RuntimeState.Running} or, when it ended at once, {@link
   *     RuntimeState.Exited}
   * @throws dev.warren.domain.error.InvalidSpecException if this runtime cannot run the image, or
   *     the launch asks for something it does not support
   * @throws dev.warren.domain.error.FailedPreconditionException if the container could not be
   *     started (no such command, no room on disk); the message says what to do
   */
  RuntimeContainer start(ContainerLaunch launch);

  /**
   * Stops the container: asks it to end (SIGTERM or the runtime's equivalent), waits up to {@code
   * grace}, then kills it. Idempotent: stopping an exited container returns it as it is.
   *
   * @return the container in its final, {@link RuntimeState.Exited} state
   * @throws dev.warren.domain.error.NotFoundException if this runtime holds no container {@code id}
   */
  RuntimeContainer stop(TaskId id, Duration grace);

  /** The container {@code id} as it is now, or empty when this runtime holds none by that id. */
  Optional<RuntimeContainer> inspect(TaskId id);

  /**
   * Every container this runtime holds, running or exited, including those started before this
   * process did (after a worker restart, even a kill -9). A process whose id was reused by the
   * operating system is never mistaken for the container.
   */
  List<RuntimeContainer> list();

  /**
   * The last {@code lines} lines the container wrote to its standard output and error, oldest first
   * (fewer when it wrote fewer).
   *
   * @throws dev.warren.domain.error.NotFoundException if this runtime holds no container {@code id}
   */
  List<String> tailLogs(TaskId id, int lines);

  /**
   * Follows the container's log: hands {@code lines} the last {@code tail} lines, then every line
   * the container writes from then on, each once and in order (also across a rotation of the log),
   * on a thread of the runtime's, until the returned follow is closed. A line still being written
   * is handed over once it ends.
   *
   * @throws dev.warren.domain.error.NotFoundException if this runtime holds no container {@code id}
   */
  LogFollow followLogs(TaskId id, int tail, Consumer<String> lines);

  /**
   * Runs {@code command} in the container's context (its environment and working directory; in its
   * namespaces where it has them) and waits for it at most {@code timeout}, as a health check does.
   * The command's own failure is an exit code, not an exception.
   *
   * @return its exit code, 124 when it timed out and was killed, and the start of its output
   * @throws dev.warren.domain.error.NotFoundException if this runtime holds no running container
   *     {@code id}
   */
  ExecResult exec(TaskId id, List<String> command, Duration timeout);

  /**
   * Forgets the container: stops it if it still runs (with no grace), then removes its working
   * directory, logs and record. Idempotent: removing an unknown container does nothing.
   */
  void remove(TaskId id);
}
