package dev.warren.domain.model.event;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which event types a subscriber wants. An entry matches a type exactly ({@code service.created})
 * or as a prefix that ends at a dot ({@code service} matches {@code service.created} and {@code
 * service.deleted}, not {@code services.x}). No entries means every type.
 *
 * @param types the entries, each one or more dot-separated words of lowercase letters, digits and
 *     '-'
 */
public record EventFilter(Set<String> types) {
  private static final Pattern TYPE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

  /** Every type. */
  public static final EventFilter ALL = new EventFilter(Set.of());

  public EventFilter {
    Checks.notNull("event types", types);
    var sorted = new TreeSet<String>();
    for (String type : types) {
      sorted.add(checkType("event type filter", type));
    }
    types = Collections.unmodifiableSortedSet(sorted);
  }

  public static EventFilter of(String... types) {
    return new EventFilter(Set.of(types));
  }

  /** Whether an event of {@code type} passes this filter. */
  public boolean matches(String type) {
    if (types.isEmpty()) {
      return true;
    }
    for (String wanted : types) {
      if (type.equals(wanted) || (type.startsWith(wanted) && type.charAt(wanted.length()) == '.')) {
        return true;
      }
    }
    return false;
  }

  static String checkType(String field, String type) {
    Checks.notNull(field, type);
    if (!TYPE.matcher(type).matches()) {
      throw new InvalidSpecException(
          field
              + " "
              + Checks.quote(type)
              + " is invalid: expected dot-separated words of lowercase letters, digits and '-',"
              + " like service.created or service");
    }
    return type;
  }
}
