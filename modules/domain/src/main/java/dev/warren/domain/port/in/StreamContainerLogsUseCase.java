package dev.warren.domain.port.in;

import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;

/**
 * {@code warren container logs}: a manager reads the log of a container, or of each replica of a
 * service, from the nodes that run them and merges the lines into one stream.
 */
public interface StreamContainerLogsUseCase {

  /**
   * Starts delivering to {@code sink}. A service's lines carry their replica as source; a replica
   * whose node cannot be reached is a {@link LogSink#problem} while the others go on. The sink ends
   * with {@link dev.warren.domain.error.NotFoundException} when no container or service has that
   * name or id, with {@link dev.warren.domain.error.UnavailableException} naming the node when the
   * one container asked for (or every replica) cannot be read. Closing the returned follow stops
   * every node's delivery.
   *
   * @throws dev.warren.domain.error.NotFoundException if nothing has that name or id
   */
  LogFollow stream(StreamContainerLogsRequest request, LogSink sink);
}
