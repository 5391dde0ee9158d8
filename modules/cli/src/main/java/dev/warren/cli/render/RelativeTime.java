package dev.warren.cli.render;

import java.time.Duration;
import java.time.Instant;

/** "3 minutes ago", as the Docker CLI shows creation times. */
public final class RelativeTime {
  private RelativeTime() {}

  /** How long before {@code now} {@code then} was, in words; future times count as "now". */
  public static String ago(Instant then, Instant now) {
    Duration elapsed = Duration.between(then, now);
    if (elapsed.isNegative()) {
      elapsed = Duration.ZERO;
    }
    return describe(elapsed) + " ago";
  }

  private static String describe(Duration elapsed) {
    long seconds = elapsed.toSeconds();
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds == 1) {
      return "1 second";
    }
    if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = elapsed.toMinutes();
    if (minutes == 1) {
      return "About a minute";
    }
    if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = elapsed.toHours();
    if (hours == 1) {
      return "About an hour";
    }
    if (hours < 48) {
      return hours + " hours";
    }
    long days = elapsed.toDays();
    if (days < 14) {
      return days + " days";
    }
    if (days < 60) {
      return days / 7 + " weeks";
    }
    if (days < 365 * 2) {
      return days / 30 + " months";
    }
    return days / 365 + " years";
  }
}
