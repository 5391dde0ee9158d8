package dev.warren.adapters.runtime.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A container's output: {@code output.log}, which the process appends to directly (so it keeps
 * writing after the worker is gone), and rotated copies {@code output.log.1} (newest) to {@code
 * .N}. Rotation copies and then truncates, because the writer holds the file open in append mode:
 * its next write lands at the new end. Lines written between the copy and the truncation are lost,
 * the price of never signalling the workload.
 */
final class LogFiles {
  private static final int BLOCK = 64 * 1024;

  private LogFiles() {}

  /** Rotates {@code log} when it is longer than {@code maxBytes}, keeping {@code keep} copies. */
  static void rotateIfLarger(Path log, long maxBytes, int keep) {
    try {
      if (!Files.exists(log) || Files.size(log) <= maxBytes) {
        return;
      }
      for (int i = keep; i > 1; i--) {
        Path older = rotated(log, i - 1);
        if (Files.exists(older)) {
          Files.move(older, rotated(log, i), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.copy(log, rotated(log, 1), StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
        channel.truncate(0);
      }
    } catch (NoSuchFileException e) {
      // removed while rotating: nothing left to rotate
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rotate " + log, e);
    }
  }

  /** The last {@code lines} lines over the rotated copies and the current file, oldest first. */
  static List<String> tail(Path log, int keep, int lines) {
    return tail(log, keep, lines, Long.MAX_VALUE);
  }

  /**
   * The same, reading the current file only up to {@code currentEnd} bytes (where a follower
   * starts).
   */
  static List<String> tail(Path log, int keep, int lines, long currentEnd) {
    if (lines <= 0) {
      return List.of();
    }
    Deque<String> result = new ArrayDeque<>(Math.min(lines, 1024));
    List<Path> newestFirst = new ArrayList<>();
    newestFirst.add(log);
    for (int i = 1; i <= keep; i++) {
      newestFirst.add(rotated(log, i));
    }
    for (Path file : newestFirst) {
      long end = file.equals(log) ? currentEnd : Long.MAX_VALUE;
      List<String> fromFile = tailOf(file, lines - result.size(), end);
      for (int i = fromFile.size() - 1; i >= 0; i--) {
        result.addFirst(fromFile.get(i));
      }
      if (result.size() >= lines) {
        break;
      }
    }
    return List.copyOf(result);
  }

  private static Path rotated(Path log, int index) {
    return log.resolveSibling(log.getFileName() + "." + index);
  }

  /** The last {@code lines} lines of one file, read backwards block by block. */
  private static List<String> tailOf(Path file, int lines, long limit) {
    if (lines <= 0 || !Files.exists(file)) {
      return List.of();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long end = Math.min(in.length(), limit);
      long start = end;
      int newlines = 0;
      byte[] block = new byte[BLOCK];
      // A final line without its newline still counts as a line.
      boolean endsWithNewline = end > 0 && byteAt(in, end - 1) == '\n';
      int wanted = endsWithNewline ? lines + 1 : lines;
      while (start > 0 && newlines < wanted) {
        int length = (int) Math.min(BLOCK, start);
        start -= length;
        in.seek(start);
        in.readFully(block, 0, length);
        for (int i = length - 1; i >= 0; i--) {
          if (block[i] == '\n' && ++newlines == wanted) {
            start += i + 1;
            break;
          }
        }
      }
      byte[] bytes = new byte[(int) (end - start)];
      in.seek(start);
      in.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<String> all = text.lines().toList();
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      if (!Files.exists(file)) {
        return List.of();
      }
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static int byteAt(RandomAccessFile in, long position) throws IOException {
    in.seek(position);
    return in.read();
  }
}
