package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Validation shared by the records' compact constructors. Every failure is an {@link
 * InvalidSpecException} whose message names the field, so a user sees what to fix.
 */
public final class Checks {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** How much of an offending value a message quotes; the rest is only counted. */
  public static final int QUOTED_CHARS = 64;

  /** The longest object name (a DNS label). */
  public static final int NAME_CHARS = 63;

  private Checks() {}

  /**
   * {@code value} as an error message quotes it: in single quotes, control characters and lone
   * surrogates escaped, and cut after {@value #QUOTED_CHARS} characters with its length added
   * ({@code 'aaaa…' (1,000,000 characters)}), so a message never echoes a whole hostile value.
   */
  public static String quote(String value) {
    if (value == null) {
      return "(none)";
    }
    int end = Math.min(value.length(), QUOTED_CHARS);
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    var quoted = new StringBuilder(end + 32).append('\'');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      boolean pairedSurrogate =
          Character.isHighSurrogate(c)
                  && i + 1 < value.length()
                  && Character.isLowSurrogate(value.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(value.charAt(i - 1));
      if (Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedSurrogate)) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (end < value.length()) {
      return quoted
          .append("…' (")
          .append(String.format(Locale.ROOT, "%,d", value.length()))
          .append(" characters)")
          .toString();
    }
    return quoted.append('\'').toString();
  }

  /** At most {@code max} characters. */
  public static String maxLength(String field, String value, int max) {
    notNull(field, value);
    if (value.length() > max) {
      throw new InvalidSpecException(
          field + " " + quote(value) + " is too long: the limit is " + max + " characters");
    }
    return value;
  }

  /** At most {@code max} characters, none of them a control character (NUL, newline, …). */
  public static String text(String field, String value, int max) {
    maxLength(field, value, max);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidSpecException(
            field + " " + quote(value) + " holds a control character; remove it");
      }
    }
    return value;
  }

  /** At most {@code max} elements. */
  public static <C extends Collection<?>> C maxCount(String field, C value, int max) {
    notNull(field, value);
    if (value.size() > max) {
      throw new InvalidSpecException(
          field + " has " + value.size() + " entries; the limit is " + max);
    }
    return value;
  }

  public static long between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidSpecException(
          field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidSpecException(field + " is required");
    }
    return value;
  }

  /** Object names: lowercase letters, digits and dashes, 1-63 characters, no dash at either end. */
  public static String name(String field, String value) {
    notNull(field, value);
    if (value.isEmpty()) {
      throw new InvalidSpecException(field + " is required");
    }
    if (!NAME.matcher(value).matches()) {
      throw new InvalidSpecException(
          field
              + " "
              + quote(value)
              + " is invalid: use 1-63 lowercase letters, digits and '-', starting and ending"
              + " with a letter or digit");
    }
    return value;
  }

  /** Identifiers: letters, digits, '.', '_' and '-', 1-128 characters. */
  public static String id(String field, String value) {
    notNull(field, value);
    if (!ID.matcher(value).matches()) {
      throw new InvalidSpecException(
          field
              + " "
              + quote(value)
              + " is invalid: expected 1-128 letters, digits, '.', '_' or '-'");
    }
    return value;
  }

  public static String notBlank(String field, String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidSpecException(field + " is required");
    }
    return value;
  }

  public static int atLeast(String field, int value, int min) {
    atLeast(field, (long) value, min);
    return value;
  }

  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidSpecException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  public static int between(String field, int value, int min, int max) {
    between(field, (long) value, min, max);
    return value;
  }

  /** An immutable copy that rejects null elements, naming the field. */
  public static <T> List<T> list(String field, List<T> value) {
    notNull(field, value);
    for (T element : value) {
      notNull(field + " element", element);
    }
    return List.copyOf(value);
  }

  /** Like {@link #list}, and at least one element. */
  public static <T> List<T> nonEmptyList(String field, List<T> value) {
    List<T> copy = list(field, value);
    if (copy.isEmpty()) {
      throw new InvalidSpecException(field + " must not be empty");
    }
    return copy;
  }

  /** An immutable, key-sorted copy, so equal maps encode to equal bytes on every replica. */
  public static SortedMap<String, String> map(String field, Map<String, String> value) {
    notNull(field, value);
    if (value.isEmpty()) {
      // Most maps are empty (a replica's env, a node's labels): one shared instance for all of
      // them, not a map and its wrapper per entity in a manager's heap.
      return Collections.emptySortedMap();
    }
    var copy = new TreeMap<String, String>();
    value.forEach(
        (key, val) -> {
          notNull(field + " key", key);
          notNull(field + " value of " + key, val);
          copy.put(key, val);
        });
    return Collections.unmodifiableSortedMap(copy);
  }
}
