package dev.warren.domain.model.logs;

import dev.warren.domain.error.InvalidSpecException;

/**
 * How many of the lines already written a reader wants before any new ones: the last {@code lines},
 * or all of them.
 */
public record LogTail(int lines) {
  /** The largest tail anyone asks for by number; {@link #all()} reads everything. */
  public static final int MAX_LINES = 1_000_000;

  public LogTail {
    if (lines < 0 || lines > MAX_LINES) {
      throw new InvalidSpecException(
          "the tail must be a number of lines from 0 to " + MAX_LINES + ", got " + lines);
    }
  }

  public static LogTail all() {
    return new LogTail(MAX_LINES);
  }

  /**
   * Reads a tail as a user gives it: a number of lines or {@code all}.
   *
   * @throws InvalidSpecException if it is neither
   */
  public static LogTail parse(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) {
      return all();
    }
    try {
      return new LogTail(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidSpecException(
          "the tail must be a number of lines (0 or more) or 'all', got '" + text + "'");
    }
  }
}
