package dev.warren.cli.apply;

import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.WireEnum;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum fields, spelled as {@code -o yaml} prints them. */
final class Fields {
  private Fields() {}

  static <E extends Enum<E> & WireEnum> E wire(
      YamlFields fields, String name, Class<E> type, E fallback) {
    return fields
        .string(name)
        .map(
            spelling -> {
              try {
                return WireEnum.parse(type, name, spelling);
              } catch (InvalidSpecException unknown) {
                throw fields.problem(
                    name, "must be one of: " + spellings(type, true) + " (got '" + spelling + "')");
              }
            })
        .orElse(fallback);
  }

  /** An enum without a wire spelling: its lowercase name, any case accepted. */
  static <E extends Enum<E>> E plain(YamlFields fields, String name, Class<E> type, E fallback) {
    return fields
        .string(name)
        .map(
            spelling -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(spelling)) {
                  return constant;
                }
              }
              throw fields.problem(
                  name, "must be one of: " + spellings(type, false) + " (got '" + spelling + "')");
            })
        .orElse(fallback);
  }

  private static String spellings(Class<? extends Enum<?>> type, boolean wire) {
    return Arrays.stream(type.getEnumConstants())
        .map(
            constant ->
                wire ? ((WireEnum) constant).wireName() : constant.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
