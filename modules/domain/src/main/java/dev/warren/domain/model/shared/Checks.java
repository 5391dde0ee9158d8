package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Collections;
import java.util.List;
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

  private Checks() {}

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
              + " '"
              + value
              + "' is invalid: use 1-63 lowercase letters, digits and '-', starting and ending"
              + " with a letter or digit");
    }
    return value;
  }

  /** Identifiers: letters, digits, '.', '_' and '-', 1-128 characters. */
  public static String id(String field, String value) {
    notNull(field, value);
    if (!ID.matcher(value).matches()) {
      throw new InvalidSpecException(
          field + " '" + value + "' is invalid: expected 1-128 letters, digits, '.', '_' or '-'");
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
    if (value < min) {
      throw new InvalidSpecException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidSpecException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidSpecException(
          field + " must be between " + min + " and " + max + ", got " + value);
    }
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

  /** An immutable, key-sorted copy, so equal maps encode to equal bytes on every replica. */
  public static SortedMap<String, String> map(String field, Map<String, String> value) {
    notNull(field, value);
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
