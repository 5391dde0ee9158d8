package dev.warren.adapters.runtime.process;

import dev.warren.domain.port.out.ExecResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a command with a deadline while draining its output (keeping only the start of it), so
 * a chatty command can neither block on a full pipe nor fill the worker's memory.
 */
final class ExecOutput {
  private ExecOutput() {}

  static ExecResult await(Process process, Duration timeout) {
    var kept = new StringBuilder();
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  byte[] buffer = new byte[4096];
                  try (InputStream in = process.getInputStream()) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                      synchronized (kept) {
                        if (kept.length() < ExecResult.MAX_OUTPUT) {
                          kept.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                        }
                      }
                    }
                  } catch (IOException e) {
                    // the process was killed: what was read is what there is
                  }
                });
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        return new ExecResult(
            ExecResult.TIMED_OUT, "timed out after " + timeout.toMillis() + " ms");
      }
      reader.join(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return new ExecResult(ExecResult.TIMED_OUT, "interrupted");
    }
    synchronized (kept) {
      return new ExecResult(process.exitValue(), kept.toString().strip());
    }
  }
}
