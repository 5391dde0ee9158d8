package dev.warren.domain.port.in;

import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;

/**
 * A worker's side of {@code warren container logs}: the log of one container this node runs, read
 * from its runtime. Only managers reach it (in-process on a hybrid node, over the node's logs
 * endpoint otherwise).
 */
public interface StreamNodeLogsUseCase {

  /**
   * Sends the tail of the container's log to {@code sink}, then, when following, each new line
   * until the returned follow is closed; without follow the sink hears {@link LogSink#ended} after
   * the tail. An unknown container ends the sink with {@link
   * dev.warren.domain.error.NotFoundException}.
   */
  LogFollow stream(StreamNodeLogsRequest request, LogSink sink);
}
