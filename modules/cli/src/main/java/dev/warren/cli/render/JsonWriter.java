package dev.warren.cli.render;

import java.util.List;
import java.util.Map;

/**
 * Renders records and the values they hold as pretty-printed JSON with a stable shape, so scripts
 * can rely on it: the shape is {@link ObjectTree}'s, shared with {@link YamlWriter}. Numbers that
 * JSON cannot hold (NaN, infinities) are {@code null}.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonWriter {
  private static final String INDENT = "  ";

  private JsonWriter() {}

  /** {@code value} as JSON, without a trailing newline. */
  public static String write(Object value) {
    var out = new StringBuilder();
    writeValue(out, ObjectTree.of(value), 0);
    return out.toString();
  }

  private static void writeValue(StringBuilder out, Object value, int depth) {
    switch (value) {
      case null -> out.append("null");
      case String text -> writeString(out, text);
      case Double number when number.isNaN() || number.isInfinite() -> out.append("null");
      case Float number when number.isNaN() || number.isInfinite() -> out.append("null");
      case List<?> items -> writeArray(out, items, depth);
      case Map<?, ?> fields -> writeObject(out, fields, depth);
      default -> out.append(value);
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> fields, int depth) {
    if (fields.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int index = 0;
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      indent(out, depth + 1);
      writeString(out, (String) field.getKey());
      out.append(": ");
      writeValue(out, field.getValue(), depth + 1);
      out.append(++index < fields.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void writeArray(StringBuilder out, List<?> items, int depth) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < items.size(); i++) {
      indent(out, depth + 1);
      writeValue(out, items.get(i), depth + 1);
      out.append(i + 1 < items.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void writeString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }
}
