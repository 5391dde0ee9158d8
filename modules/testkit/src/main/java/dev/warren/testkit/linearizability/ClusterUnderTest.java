package dev.warren.testkit.linearizability;

import java.util.List;

/**
 * A replicated cluster a {@link HistoryRecorder}'s clients call and a {@link Nemesis} hurts: three
 * adapters in one JVM today, three manager processes over gRPC next.
 *
 * <p>The calls return a definite answer ({@link Outcome.Ok} or {@link Outcome.Failed}) when the
 * cluster gave one; any exception means the answer is unknown (the call may still take effect),
 * except {@link NotSentException}, which says the call surely never reached the cluster (its member
 * is down), so the recorder leaves it out. Every method may be called from several threads at once.
 */
public interface ClusterUnderTest extends AutoCloseable {

  /** The members' ids, in a fixed order. */
  List<String> members();

  /** Creates service {@code name} through {@code member}. */
  Outcome create(String member, String name) throws Exception;

  /** Updates service {@code name} through {@code member} if it is at {@code expectedVersion}. */
  Outcome update(String member, String name, long expectedVersion) throws Exception;

  /** Reads service {@code name} on {@code member}, as a linearizable read. */
  Outcome get(String member, String name) throws Exception;

  /** Stops {@code member} abruptly; its calls fail until {@link #restart}. */
  void kill(String member) throws Exception;

  /** Starts a killed {@code member} again on its data. */
  void restart(String member) throws Exception;

  /** Freezes {@code member} without stopping it, until {@link #resume}. */
  void pause(String member) throws Exception;

  /** Lets a paused {@code member} go on. */
  void resume(String member) throws Exception;

  /**
   * Cuts {@code member} off from the other members (clients still reach it), until {@link #heal}.
   */
  void isolate(String member) throws Exception;

  /** Reconnects an isolated {@code member} with the others. */
  void heal(String member) throws Exception;

  /** Stops every member and releases what they hold. */
  @Override
  void close();

  /** Makes {@code call} through {@code member}. */
  default Outcome call(String member, Call call) throws Exception {
    return switch (call) {
      case Call.Create create -> create(member, create.name());
      case Call.Update update -> update(member, update.name(), update.expectedVersion());
      case Call.Get get -> get(member, get.name());
    };
  }

  /** Thrown by a call that was not sent, because its member is down. */
  final class NotSentException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotSentException(String member) {
      super("member " + member + " is down; the call was not sent");
    }
  }
}
