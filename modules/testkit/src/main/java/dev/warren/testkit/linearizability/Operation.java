package dev.warren.testkit.linearizability;

import java.util.Objects;

/**
 * One call in a history: who made it, what it asked, how it ended, and when it was invoked and
 * answered on one monotonic clock (nanoseconds, e.g. {@link System#nanoTime()}).
 *
 * @param client the client that made the call, for the report
 * @param member the member the call went to, for the report; empty if not known
 * @param invokedAt when the call was sent
 * @param completedAt when the answer arrived; ignored for an {@link Outcome.Unknown} outcome, which
 *     never completes
 */
public record Operation(
    int client, String member, Call call, Outcome outcome, long invokedAt, long completedAt) {
  public Operation {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(outcome, "outcome");
    if (!(outcome instanceof Outcome.Unknown) && completedAt < invokedAt) {
      throw new IllegalArgumentException(
          "operation "
              + call
              + " completed at "
              + completedAt
              + " before it was invoked at "
              + invokedAt);
    }
  }

  /** An operation whose member is not known. */
  public Operation(int client, Call call, Outcome outcome, long invokedAt, long completedAt) {
    this(client, "", call, outcome, invokedAt, completedAt);
  }

  /** Whether the client got an answer (ok or failed). */
  public boolean answered() {
    return !(outcome instanceof Outcome.Unknown);
  }

  /** When the operation's effect must have happened at the latest; never for an unknown one. */
  long deadline() {
    return answered() ? completedAt : Long.MAX_VALUE;
  }

  /** This operation with its times counted from {@code origin}. */
  public String describe(long origin) {
    String end = answered() ? Long.toString(completedAt - origin) : "never";
    return "client "
        + client
        + (member.isEmpty() ? "" : " on " + member)
        + " "
        + call
        + " -> "
        + outcome
        + " ["
        + (invokedAt - origin)
        + ", "
        + end
        + "]";
  }

  @Override
  public String toString() {
    return describe(0);
  }
}
