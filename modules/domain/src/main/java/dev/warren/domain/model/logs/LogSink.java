package dev.warren.domain.model.logs;

import java.util.Optional;

/**
 * Where the lines of one or more containers go, as they are read. Calls on one sink are never
 * concurrent: whoever delivers to it serialises them.
 */
public interface LogSink {

  /**
   * One line a container wrote; {@code source} is the replica it came from ({@code
   * ticker.2.abcd12@node-1}), empty when the reader asked for one container.
   */
  void line(String source, String text);

  /**
   * A container whose lines cannot be read (its node is down), with a message that says what
   * happened and what to do: the others go on.
   */
  void problem(String source, String message);

  /**
   * The delivery is over: every line was sent (a tail without follow), or it failed. Called once;
   * nothing follows it.
   */
  void ended(Optional<RuntimeException> failure);
}
