package dev.warren.testkit;

import dev.warren.domain.model.logs.LogSink;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link LogSink} that keeps what it is given: lines as {@code source | text} (the text alone
 * without a source), problems as {@code source: message}, and the end, once it comes.
 */
public final class RecordingLogSink implements LogSink {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Optional<RuntimeException>> end = new CompletableFuture<>();

  @Override
  public void line(String source, String text) {
    lines.add(source.isEmpty() ? text : source + " | " + text);
  }

  @Override
  public void problem(String source, String message) {
    problems.add(source + ": " + message);
  }

  @Override
  public void ended(Optional<RuntimeException> failure) {
    end.complete(failure);
  }

  /** The lines so far, a live view. */
  public List<String> lines() {
    return lines;
  }

  /** The problems so far, a live view. */
  public List<String> problems() {
    return problems;
  }

  /** Whether the delivery has ended. */
  public boolean ended() {
    return end.isDone();
  }

  /** How it ended (empty: normally); waits for the end. */
  public Optional<RuntimeException> end() {
    return end.join();
  }
}
