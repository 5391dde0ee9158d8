package dev.warren.cli.render;

import dev.warren.domain.model.shared.WireEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shape that {@link JsonWriter} and {@link YamlWriter} print, so both formats always agree.
 * {@link #of} turns records and the values they hold into a tree of plain values:
 *
 * <ul>
 *   <li>a record is a map of its components in declaration order; a record that implements a sealed
 *       interface (a variant) starts with {@code type}, its simple name in lower camel case;
 *   <li>a record with one component named {@code value} (ids, versions) is that value;
 *   <li>{@link Optional} is its value or {@code null}; collections and arrays are lists; maps have
 *       their keys sorted;
 *   <li>enums are their wire spelling ({@link WireEnum}) or lowercase name; strings, numbers and
 *       booleans are themselves; anything else (instants, paths) is its {@code toString()}.
 * </ul>
 *
 * <p>The tree holds only {@code null}, {@link String}, {@link Boolean}, {@link Number},
 * unmodifiable {@link List}s and unmodifiable insertion-ordered {@code Map<String, Object>}s.
 * Stateless and thread-safe.
 */
public final class ObjectTree {
  private ObjectTree() {}

  /** {@code value} as a tree of plain values. */
  public static Object of(Object value) {
    return switch (value) {
      case null -> null;
      case String text -> text;
      case Character character -> character.toString();
      case Boolean bool -> bool;
      case Number number -> number;
      case WireEnum wire -> wire.wireName();
      case Enum<?> constant -> constant.name().toLowerCase(Locale.ROOT);
      case Optional<?> optional -> of(optional.orElse(null));
      case Collection<?> items -> list(items);
      case Object[] items -> list(Arrays.asList(items));
      case Map<?, ?> map -> map(map);
      case Record record -> record(record);
      default -> value.toString();
    };
  }

  private static List<Object> list(Collection<?> items) {
    var list = new ArrayList<Object>(items.size());
    for (Object item : items) {
      list.add(of(item));
    }
    return Collections.unmodifiableList(list);
  }

  private static Map<String, Object> map(Map<?, ?> map) {
    var sorted = new TreeMap<String, Object>();
    map.forEach((key, value) -> sorted.put(String.valueOf(key), of(value)));
    return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  private static Object record(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components.length == 1 && components[0].getName().equals("value")) {
      return of(read(record, components[0]));
    }
    var fields = new LinkedHashMap<String, Object>();
    if (isVariant(record.getClass())) {
      fields.put("type", lowerCamel(record.getClass().getSimpleName()));
    }
    for (RecordComponent component : components) {
      fields.put(component.getName(), of(read(record, component)));
    }
    return Collections.unmodifiableMap(fields);
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

  private static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
