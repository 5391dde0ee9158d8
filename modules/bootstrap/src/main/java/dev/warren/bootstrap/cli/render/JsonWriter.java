package dev.warren.bootstrap.cli.render;

import dev.warren.domain.model.shared.WireEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders records and the values they hold as pretty-printed JSON with a stable shape, so scripts
 * can rely on it:
 *
 * <ul>
 *   <li>a record is an object of its components in declaration order; a record that implements a
 *       sealed interface (a variant) starts with {@code "type"}, its simple name in lower camel
 *       case;
 *   <li>a record with one component named {@code value} (ids, versions) is that value;
 *   <li>{@link Optional} is its value or {@code null}; collections and arrays are arrays; maps are
 *       objects with keys sorted;
 *   <li>enums are their wire spelling ({@link WireEnum}) or lowercase name; numbers and booleans
 *       are themselves; anything else (instants, paths) is its {@code toString()}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonWriter {
  private static final String INDENT = "  ";

  private JsonWriter() {}

  /** {@code value} as JSON, without a trailing newline. */
  public static String write(Object value) {
    var out = new StringBuilder();
    writeValue(out, value, 0);
    return out.toString();
  }

  private static void writeValue(StringBuilder out, Object value, int depth) {
    switch (value) {
      case null -> out.append("null");
      case String text -> writeString(out, text);
      case Character character -> writeString(out, character.toString());
      case Boolean bool -> out.append(bool);
      case Double number when number.isNaN() || number.isInfinite() -> out.append("null");
      case Float number when number.isNaN() || number.isInfinite() -> out.append("null");
      case Number number -> out.append(number);
      case WireEnum wire -> writeString(out, wire.wireName());
      case Enum<?> constant -> writeString(out, constant.name().toLowerCase(Locale.ROOT));
      case Optional<?> optional -> writeValue(out, optional.orElse(null), depth);
      case Collection<?> items -> writeArray(out, items.toArray(), depth);
      case Object[] items -> writeArray(out, items, depth);
      case Map<?, ?> map -> writeMap(out, map, depth);
      case Record record -> writeRecord(out, record, depth);
      default -> writeString(out, value.toString());
    }
  }

  private static void writeRecord(StringBuilder out, Record record, int depth) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components.length == 1 && components[0].getName().equals("value")) {
      writeValue(out, read(record, components[0]), depth);
      return;
    }
    var fields = new LinkedHashMap<String, Object>();
    if (isVariant(record.getClass())) {
      fields.put("type", lowerCamel(record.getClass().getSimpleName()));
    }
    for (RecordComponent component : components) {
      fields.put(component.getName(), read(record, component));
    }
    writeObject(out, fields, depth);
  }

  private static boolean isVariant(Class<?> type) {
    for (Class<?> implemented : type.getInterfaces()) {
      if (implemented.isSealed()) {
        return true;
      }
    }
    return false;
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          "cannot read " + record.getClass().getName() + "." + component.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "accessor " + record.getClass().getName() + "." + component.getName() + " failed",
          e.getCause());
    }
  }

  private static void writeMap(StringBuilder out, Map<?, ?> map, int depth) {
    var sorted = new TreeMap<String, Object>();
    map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
    writeObject(out, sorted, depth);
  }

  private static void writeObject(StringBuilder out, Map<String, Object> fields, int depth) {
    if (fields.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int index = 0;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      indent(out, depth + 1);
      writeString(out, field.getKey());
      out.append(": ");
      writeValue(out, field.getValue(), depth + 1);
      out.append(++index < fields.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void writeArray(StringBuilder out, Object[] items, int depth) {
    if (items.length == 0) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < items.length; i++) {
      indent(out, depth + 1);
      writeValue(out, items[i], depth + 1);
      out.append(i + 1 < items.length ? ",\n" : "\n");
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

  private static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }
}
