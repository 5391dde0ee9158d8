package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DNS host names as ingresses and TLS certificates use them: lowercase RFC 1123 names, optionally
 * with a wildcard as the whole left-most label ({@code *.example.com}), and the matching rule of
 * RFC 6125 §6.4.3 between a certificate's names and a host.
 */
public final class HostNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final int MAX_LENGTH = 253;
  private static final String WILDCARD_PREFIX = "*.";

  private HostNames() {}

  /**
   * Checks that {@code value} is a host name or a wildcard pattern.
   *
   * @throws InvalidSpecException naming {@code field} if it is not
   */
  public static String check(String field, String value) {
    Checks.notBlank(field, value);
    String name = value.startsWith(WILDCARD_PREFIX) ? value.substring(2) : value;
    if (value.length() > MAX_LENGTH || !isName(name)) {
      throw new InvalidSpecException(
          field
              + " "
              + Checks.quote(value)
              + " is invalid: use a lowercase DNS name such as api.example.com, or a wildcard"
              + " such as *.example.com");
    }
    return value;
  }

  /** Whether {@code value} is a wildcard pattern such as {@code *.example.com}. */
  public static boolean isWildcard(String value) {
    return value.startsWith(WILDCARD_PREFIX);
  }

  /**
   * Whether a certificate name ({@code pattern}) covers {@code host}, per RFC 6125: equal names
   * match; {@code *.example.com} matches exactly one more label ({@code a.example.com}, not {@code
   * example.com} nor {@code a.b.example.com}); a wildcard host is covered only by the same
   * wildcard. Names compare without regard to case.
   */
  public static boolean covers(String pattern, String host) {
    String p = pattern.toLowerCase(Locale.ROOT);
    String h = host.toLowerCase(Locale.ROOT);
    if (p.equals(h)) {
      return true;
    }
    if (!isWildcard(p) || isWildcard(h)) {
      return false;
    }
    int firstDot = h.indexOf('.');
    return firstDot > 0 && h.substring(firstDot + 1).equals(p.substring(2));
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || name.endsWith(".")) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
