package dev.warren.domain.port.in;

import dev.warren.domain.model.task.TaskEvent;
import java.util.Optional;

/**
 * An open watch of one node's containers (see {@link WatchContainersUseCase}). Events wait in a
 * bounded buffer until polled; a reader that lets it fill up is cut off rather than slowing the
 * manager down, and must watch again. Thread-safe.
 */
public interface ContainerWatch extends AutoCloseable {

  /**
   * The next event, if one is ready; never blocks. Empty once closed.
   *
   * @throws dev.warren.domain.error.VersionConflictException once the watch has been cut off
   *     because its reader fell behind; the message says to watch again
   */
  Optional<TaskEvent> poll();

  /** Stops the watch and drops what is buffered; idempotent. */
  @Override
  void close();
}
