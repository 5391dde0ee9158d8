package dev.warren.adapters.raft;

import dev.warren.domain.error.UnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.exceptions.StateMachineException;

/**
 * Sends a request again and again until a leader answers it or a deadline passes, so that what Raft
 * says about leadership ("not the leader", "leader not ready", "leader unknown", a leader that does
 * not answer) never reaches a caller: it only delays the answer. After the deadline the call fails
 * with an {@link UnavailableException} that says no leader answered.
 *
 * <p>Only a reply from the state machine ends the retries early: it is the answer. Each attempt
 * builds its request anew, so it can go to whichever member leads by then; a write keeps its Raft
 * invocation id across attempts, so the leaders' retry caches apply it once however often it is
 * sent.
 */
final class LeaderRetries implements AutoCloseable {
  private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
  private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);

  private final Duration wait;
  private final BooleanSupplier closed;
  private final BooleanSupplier leading;
  private final ScheduledThreadPoolExecutor timers;

  /**
   * @param wait how long a call may wait for a leader in all
   * @param closed whether the log closed, which ends the retries (the caller's future is failed by
   *     the close itself)
   * @param leading whether this member leads and is ready: then a call past its wait is not waiting
   *     for a leader but for the log (a slow disk, a quorum being lost, which makes the leader step
   *     down), so it is given more time
   */
  LeaderRetries(Duration wait, BooleanSupplier closed, BooleanSupplier leading) {
    this.wait = Objects.requireNonNull(wait, "wait");
    this.closed = Objects.requireNonNull(closed, "closed");
    this.leading = Objects.requireNonNull(leading, "leading");
    this.timers =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().daemon().name("raft-leader-retries").factory());
    // A deadline is cancelled with almost every call; keep the queue to the calls in flight.
    timers.setRemoveOnCancelPolicy(true);
  }

  /**
   * The first reply that is not about leadership: a success or a state machine's failure (as a
   * reply, for the caller to decode).
   *
   * @param what what is being done, for the message when no leader answers ("the change
   *     ServiceCreated")
   * @param attempt sends the request once, to whichever member should answer it now
   */
  CompletableFuture<RaftClientReply> untilAnswered(
      String what, Supplier<CompletableFuture<RaftClientReply>> attempt) {
    var answer = new CompletableFuture<RaftClientReply>();
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      failAtDeadline(what, answer, wait);
    } catch (RejectedExecutionException closing) {
      return CompletableFuture.failedFuture(new UnavailableException(what + ": the log is closed"));
    }
    tryOnce(what, attempt, deadline, FIRST_PAUSE, answer);
    return answer;
  }

  /**
   * At the deadline the caller hears at once, even while an attempt is still in flight, unless this
   * member leads: then the attempt is with the leader and the deadline moves on.
   */
  private void failAtDeadline(String what, CompletableFuture<RaftClientReply> answer, Duration in) {
    ScheduledFuture<?> timeout =
        timers.schedule(
            () -> {
              if (answer.isDone()) {
                return;
              }
              if (leading.getAsBoolean()) {
                try {
                  failAtDeadline(what, answer, LONGEST_PAUSE);
                  return;
                } catch (RejectedExecutionException closing) {
                  // The log closed; its close fails the caller.
                }
              }
              answer.completeExceptionally(noLeader(what, null));
            },
            in.toNanos(),
            TimeUnit.NANOSECONDS);
    answer.whenComplete((reply, error) -> timeout.cancel(false));
  }

  private void tryOnce(
      String what,
      Supplier<CompletableFuture<RaftClientReply>> attempt,
      long deadline,
      Duration pause,
      CompletableFuture<RaftClientReply> answer) {
    if (answer.isDone() || closed.getAsBoolean()) {
      return;
    }
    CompletableFuture<RaftClientReply> sent;
    try {
      sent = attempt.get();
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete(
        (reply, error) -> {
          Throwable aboutLeadership = error != null ? unwrap(error) : leadershipFailure(reply);
          if (aboutLeadership == null) {
            answer.complete(reply);
            return;
          }
          if (!(aboutLeadership instanceof IOException)) {
            // Not Raft's doing (a bug, a codec failure): retrying would not change it.
            answer.completeExceptionally(aboutLeadership);
            return;
          }
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            answer.completeExceptionally(noLeader(what, aboutLeadership));
            return;
          }
          Duration doubled = pause.multipliedBy(2);
          Duration next = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
          try {
            timers.schedule(
                () -> tryOnce(what, attempt, deadline, next, answer),
                Math.min(pause.toNanos(), left),
                TimeUnit.NANOSECONDS);
          } catch (RejectedExecutionException closing) {
            answer.completeExceptionally(noLeader(what, aboutLeadership));
          }
        });
  }

  /**
   * The reply's exception unless the reply is an answer: a success, or the state machine's own
   * failure, which is final.
   */
  private static Throwable leadershipFailure(RaftClientReply reply) {
    var exception = reply.getException();
    if (exception == null) {
      return reply.isSuccess()
          ? null
          : new IOException("the Raft server did not accept the request: " + reply);
    }
    return exception instanceof StateMachineException ? null : exception;
  }

  private UnavailableException noLeader(String what, Throwable last) {
    String message =
        what
            + " got no answer from a Raft leader within "
            + seconds(wait)
            + ": no leader is elected or reachable; a majority of the managers must be running"
            + " and reach each other"
            + (last == null ? "" : " (last: " + last.getMessage() + ")");
    return last == null
        ? new UnavailableException(message)
        : new UnavailableException(message, last);
  }

  /** Stops the timers; calls still waiting are failed by the log's close. */
  @Override
  public void close() {
    timers.shutdownNow();
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
