package dev.warren.application.replication;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.UnavailableException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the replicated log on behalf of the blocking use cases, with a bound, so that a caller
 * gets an answer (or UNAVAILABLE) instead of hanging when the cluster has no quorum.
 */
public final class Futures {
  /** Longer than the log's own retry budget, so its errors win over this timeout. */
  public static final Duration LOG_TIMEOUT = Duration.ofSeconds(30);

  private Futures() {}

  /**
   * The future's value; its {@link DomainException} rethrown as is; anything else, or no answer
   * within {@link #LOG_TIMEOUT}, as an {@link UnavailableException}.
   */
  public static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(LOG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof DomainException domain) {
        throw domain;
      }
      throw new UnavailableException(what + " failed: " + failed.getCause(), failed.getCause());
    } catch (TimeoutException timeout) {
      throw new UnavailableException(
          what + " got no answer within " + LOG_TIMEOUT.toSeconds() + " s; is a quorum up?");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(what + " was interrupted");
    } catch (CancellationException cancelled) {
      throw new UnavailableException(what + " was cancelled");
    }
  }
}
