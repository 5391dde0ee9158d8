package dev.warren.adapters.runtime.containerd;

import dev.warren.domain.model.logs.LogFollow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Follows the {@code file://} log the shim appends both streams of a container to. containerd never
 * rotates it, so following is reading on from an offset: the last lines before the offset first,
 * then complete lines as they are appended, on a virtual thread that polls.
 */
final class FileLogFollow implements LogFollow {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final Path log;
  private final Consumer<String> lines;
  private final Thread reader;
  private final StringBuilder unfinished = new StringBuilder();
  private volatile boolean open = true;

  private FileLogFollow(Path log, int tail, Consumer<String> lines, String name) {
    this.log = log;
    this.lines = lines;
    long offset = length(log);
    this.reader = Thread.ofVirtual().name(name).unstarted(() -> follow(tail, offset));
  }

  static FileLogFollow start(Path log, int tail, Consumer<String> lines, String name) {
    var follow = new FileLogFollow(log, tail, lines, name);
    follow.reader.start();
    return follow;
  }

  private void follow(int tail, long offset) {
    Deque<String> last = new ArrayDeque<>();
    long at = readRange(0, offset, line -> keepLast(last, line, tail));
    last.forEach(this::hand);
    try {
      while (open) {
        at = readRange(at, length(log), this::hand);
        Thread.sleep(POLL);
      }
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    }
  }

  private static void keepLast(Deque<String> last, String line, int tail) {
    last.addLast(line);
    if (last.size() > tail) {
      last.removeFirst();
    }
  }

  /** Hands over each complete line in [{@code from}, {@code to}); returns where reading stopped. */
  private long readRange(long from, long to, Consumer<String> each) {
    if (to <= from) {
      return from;
    }
    try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(32 * 1024);
      long at = from;
      while (at < to && open) {
        buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
        int read = channel.read(buffer, at);
        if (read <= 0) {
          break;
        }
        at += read;
        collect(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1), each);
      }
      return at;
    } catch (IOException gone) {
      return from;
    }
  }

  /** Bytes are kept as Latin-1 chars until a line ends, then decoded, so no UTF-8 is split. */
  private void collect(String bytes, Consumer<String> each) {
    for (int i = 0; i < bytes.length(); i++) {
      char c = bytes.charAt(i);
      if (c == '\n') {
        each.accept(
            new String(
                unfinished.toString().getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
        unfinished.setLength(0);
      } else {
        unfinished.append(c);
      }
    }
  }

  private void hand(String line) {
    if (open) {
      lines.accept(line);
    }
  }

  private static long length(Path file) {
    try {
      return Files.size(file);
    } catch (IOException missing) {
      return 0;
    }
  }

  @Override
  public void close() {
    open = false;
    if (Thread.currentThread() != reader) {
      reader.interrupt();
      try {
        reader.join(CLOSE_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
