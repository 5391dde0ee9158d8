package dev.warren.adapters.runtime.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A process told apart from any later process that gets the same pid: its pid and its start time in
 * clock ticks since boot ({@code /proc/PID/stat}, field 22), which a reused pid never repeats.
 */
record ProcessIdentity(long pid, long startTicks) {

  /** Linux's USER_HZ, the unit of field 22; 100 on every architecture Warren runs on. */
  private static final long TICKS_PER_SECOND = 100;

  private static final Path PROC = Path.of("/proc");

  /** The identity of the live process {@code pid}, or empty when there is none. */
  static Optional<ProcessIdentity> of(long pid) {
    return startTicksOf(pid).map(ticks -> new ProcessIdentity(pid, ticks));
  }

  /** Parses {@code "PID TICKS"} as the wrapper writes it. */
  static Optional<ProcessIdentity> parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProcessIdentity(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether this very process still runs (not a zombie, not another process with its pid). */
  boolean alive() {
    return readStat(pid)
        .filter(fields -> !fields[0].equals("Z") && !fields[0].equals("X"))
        .map(fields -> Long.parseLong(fields[19]) == startTicks)
        .orElse(false);
  }

  /** Whether any live (not zombie) process is still in process group {@code pgid}. */
  static boolean groupAlive(long pgid) {
    String group = Long.toString(pgid);
    try (var entries = Files.list(PROC)) {
      return entries
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
          .map(name -> readStat(Long.parseLong(name)))
          .flatMap(Optional::stream)
          .anyMatch(
              fields ->
                  fields[2].equals(group) && !fields[0].equals("Z") && !fields[0].equals("X"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The machine's boot time, read once: {@code /proc/stat} is long, and every listing asks. */
  private static final class Boot {
    static final Instant TIME = bootTime();
  }

  /** When it started, from the boot time and its start ticks. */
  Instant startedAt() {
    long millis = startTicks * 1000 / TICKS_PER_SECOND;
    return Boot.TIME.plusMillis(millis);
  }

  private static Optional<Long> startTicksOf(long pid) {
    return readStat(pid).map(fields -> Long.parseLong(fields[19]));
  }

  /**
   * The fields of {@code /proc/PID/stat} after the command name (which may hold spaces and
   * parentheses, so the line is split after its last ')'): index 0 is the state, 19 the start time.
   */
  private static Optional<String[]> readStat(long pid) {
    try {
      String line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      int end = line.lastIndexOf(')');
      if (end < 0) {
        return Optional.empty();
      }
      String[] fields = line.substring(end + 2).strip().split(" ");
      return fields.length > 19 ? Optional.of(fields) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // gone (NoSuchFileException) or unreadable: no such live process
    }
  }

  private static Instant bootTime() {
    try {
      for (String line : Files.readAllLines(PROC.resolve("stat"))) {
        if (line.startsWith("btime ")) {
          return Instant.ofEpochSecond(Long.parseLong(line.substring(6).strip()));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through: a start time is informative only
    }
    return Instant.EPOCH;
  }
}
