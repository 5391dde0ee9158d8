package dev.warren.adapters.runtime.process;

import dev.warren.domain.model.logs.LogFollow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows one container's {@code output.log} on a virtual thread of its own: the tail first, then
 * whatever is appended, polled. Rotation copies the file to {@code output.log.1} and truncates it
 * (see {@link LogFiles}); the follower notices a new {@code .1} (another file, or another
 * modification time) or a file shorter than what it has read, reads the rest of what it had not
 * seen from the copy, and starts again at the beginning of the current file.
 */
final class LogFollower implements LogFollow {
  private static final System.Logger LOG = System.getLogger(LogFollower.class.getName());
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final Path log;
  private final Path firstCopy;
  private final Consumer<String> lines;
  private final Duration poll;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile boolean closed;
  private final List<String> first;
  private long position;
  private Optional<CopyMark> copy;
  private Optional<CopyMark> awaitedTruncation = Optional.empty();

  private LogFollower(
      Path log,
      Consumer<String> lines,
      Duration poll,
      String name,
      List<String> first,
      long position,
      Optional<CopyMark> copy) {
    this.log = log;
    this.firstCopy = copyOf(log);
    this.lines = lines;
    this.poll = poll;
    this.first = first;
    this.position = position;
    this.copy = copy;
    this.thread = Thread.ofVirtual().name(name).unstarted(this::run);
  }

  /** Starts following {@code log}, whose {@code keep} rotated copies hold older lines. */
  static LogFollower start(
      Path log, int keep, int tail, Consumer<String> lines, Duration poll, String name) {
    // What the tail covers is fixed before following starts, so no line is sent twice or lost.
    Optional<CopyMark> copy = CopyMark.of(copyOf(log));
    long position = sizeOf(log);
    List<String> first = LogFiles.tail(log, keep, tail, position);
    var follower =
        new LogFollower(
            log,
            Objects.requireNonNull(lines, "lines"),
            Objects.requireNonNull(poll, "poll"),
            name,
            first,
            position,
            copy);
    follower.thread.start();
    return follower;
  }

  private void run() {
    try {
      first.forEach(this::send);
      while (!closed) {
        readNew();
        Thread.sleep(poll);
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException failure) {
      if (!closed) {
        LOG.log(
            System.Logger.Level.WARNING,
            "stopped following " + log + ": " + failure.getMessage(),
            failure);
      }
    }
  }

  private void readNew() {
    Optional<CopyMark> nowCopy = CopyMark.of(firstCopy);
    long size = sizeOf(log);
    boolean newCopy = nowCopy.isPresent() && !nowCopy.equals(copy);
    if (newCopy && size >= nowCopy.get().size() && !nowCopy.equals(awaitedTruncation)) {
      // Copied but not truncated yet: the truncation follows at once, read after it (once).
      awaitedTruncation = nowCopy;
      return;
    }
    if (newCopy || size < position) {
      // Rotated: the copy holds what we had not read yet, the current file starts afresh.
      if (newCopy) {
        deliver(firstCopy, position, nowCopy.get().size());
        copy = nowCopy;
      }
      position = 0;
      size = sizeOf(log);
    }
    if (size > position) {
      deliver(log, position, size);
      position = size;
    }
  }

  private void deliver(Path file, long from, long to) {
    if (to <= from || closed) {
      return;
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long end = Math.min(to, in.length());
      in.seek(from);
      byte[] chunk = new byte[(int) Math.min(64 * 1024, Math.max(0, end - from))];
      long at = from;
      while (at < end && !closed) {
        int read = in.read(chunk, 0, (int) Math.min(chunk.length, end - at));
        if (read < 0) {
          break;
        }
        split(chunk, read);
        at += read;
      }
    } catch (NoSuchFileException gone) {
      // removed with its container: nothing more to send
    } catch (IOException e) {
      if (Files.exists(file)) {
        LOG.log(System.Logger.Level.DEBUG, "cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private void split(byte[] chunk, int length) {
    for (int i = 0; i < length; i++) {
      if (chunk[i] == '\n') {
        String line = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        send(line);
      } else {
        partial.write(chunk[i]);
      }
    }
  }

  private void send(String line) {
    if (!closed) {
      lines.accept(line);
    }
  }

  @Override
  public void close() {
    closed = true;
    if (Thread.currentThread() == thread) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(CLOSE_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path copyOf(Path log) {
    return log.resolveSibling(log.getFileName() + ".1");
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException missing) {
      return 0;
    }
  }

  /** Which copy {@code output.log.1} is: rotation writes a new file over it. */
  private record CopyMark(Object fileKey, long modified, long size) {
    static Optional<CopyMark> of(Path copy) {
      try {
        var attributes = Files.readAttributes(copy, BasicFileAttributes.class);
        return Optional.of(
            new CopyMark(
                attributes.fileKey(), attributes.lastModifiedTime().toMillis(), attributes.size()));
      } catch (IOException none) {
        return Optional.empty();
      }
    }
  }
}
