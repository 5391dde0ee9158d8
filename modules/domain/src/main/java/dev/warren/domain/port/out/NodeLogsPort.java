package dev.warren.domain.port.out;

import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.StreamNodeLogsRequest;

/**
 * How a manager reads a container's log from the node that runs it: in-process for its own embedded
 * worker, over the node's logs endpoint (mutual TLS) for any other.
 */
public interface NodeLogsPort {

  /**
   * Starts reading on {@code node}; lines and the end go to {@code sink}. A node that cannot be
   * reached ends the sink with {@link dev.warren.domain.error.UnavailableException} naming it.
   */
  LogFollow stream(Node node, StreamNodeLogsRequest request, LogSink sink);
}
