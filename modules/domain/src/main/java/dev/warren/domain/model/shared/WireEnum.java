package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enumeration that the warren.v1 contract sends as a string. The domain keeps real enums; this
 * gives each constant its wire spelling and one parser that rejects unknown spellings.
 */
public interface WireEnum {
  /** The spelling on the wire and in the CLI. */
  String wireName();

  /** Extra spellings accepted on input (Warren's code and its proto disagree on some). */
  default boolean accepts(String spelling) {
    return wireName().equals(spelling);
  }

  static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String field, String spelling) {
    Checks.notNull(field, spelling);
    for (E constant : type.getEnumConstants()) {
      if (constant.accepts(spelling)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(WireEnum::wireName)
            .collect(Collectors.joining(", "));
    throw new InvalidSpecException(
        field + " " + Checks.quote(spelling) + " is not one of: " + allowed);
  }

  /**
   * Like {@link #parse} but an empty spelling means {@code fallback}, as proto3 sends "" for unset.
   */
  static <E extends Enum<E> & WireEnum> E parseOr(
      Class<E> type, String field, String spelling, E fallback) {
    return spelling == null || spelling.isEmpty() ? fallback : parse(type, field, spelling);
  }
}
