package dev.warren.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The record, enum and sealed types reachable from some types, or present in some values. */
final class ReachableTypes {
  private ReachableTypes() {}

  /** Every record, enum and sealed type the declared types of {@code roots} lead to. */
  static Set<Class<?>> declaredFrom(Collection<Class<?>> roots) {
    var found = new LinkedHashSet<Class<?>>();
    var pending = new ArrayDeque<Type>(roots);
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType parameterized) {
        pending.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof WildcardType wildcard) {
        pending.addAll(List.of(wildcard.getUpperBounds()));
      } else if (type instanceof Class<?> raw && isStructured(raw) && found.add(raw)) {
        if (raw.isRecord()) {
          for (RecordComponent component : raw.getRecordComponents()) {
            pending.add(component.getGenericType());
          }
        }
        if (raw.isSealed()) {
          pending.addAll(List.of(raw.getPermittedSubclasses()));
        }
      }
    }
    return found;
  }

  /** Every record and enum class among {@code values} and everything inside them. */
  static Set<Class<?>> presentIn(Collection<?> values) {
    return instancesIn(values).keySet();
  }

  /** The records and enum constants among {@code values} and inside them, by class. */
  static Map<Class<?>, List<Object>> instancesIn(Collection<?> values) {
    var found = new LinkedHashMap<Class<?>, List<Object>>();
    var pending = new ArrayDeque<Object>(values);
    while (!pending.isEmpty()) {
      Object value = pending.pop();
      switch (value) {
        case Optional<?> optional -> optional.ifPresent(pending::add);
        case Collection<?> collection -> pending.addAll(collection);
        case Map<?, ?> map -> {
          pending.addAll(map.keySet());
          pending.addAll(map.values());
        }
        case Enum<?> constant ->
            found.computeIfAbsent(constant.getDeclaringClass(), k -> new ArrayList<>()).add(value);
        default -> {
          Class<?> type = value.getClass();
          if (type.isRecord()) {
            found.computeIfAbsent(type, k -> new ArrayList<>()).add(value);
            for (RecordComponent component : type.getRecordComponents()) {
              try {
                pending.add(component.getAccessor().invoke(value));
              } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static boolean isStructured(Class<?> type) {
    return type.isRecord() || type.isEnum() || type.isSealed();
  }
}
