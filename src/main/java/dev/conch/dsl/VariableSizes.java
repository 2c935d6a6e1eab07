package dev.conch.dsl;

import dev.conch.runtime.MemoryHolder;
import groovy.lang.Range;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roughly how much memory each session variable keeps reachable, for the line that says memory ran
 * out. Cheap and bounded rather than exact: it walks arrays, collections, maps and the fields of
 * the learner's own classes, visiting at most {@link #BUDGET} objects in all; a long collection is
 * sampled and its elements counted as the sample's average. Objects of other classes count as a
 * shell of their own. Confined to the calling thread.
 */
final class VariableSizes {
  /** How many objects one count visits at most, across all variables. */
  static final int BUDGET = 50_000;

  /** How many elements of one collection or array are visited before the rest is estimated. */
  private static final int SAMPLE = 1_000;

  /** A variable holding less than this is not worth naming when memory runs out. */
  private static final long WORTH_NAMING = 1 << 20;

  private static final int HEADER = 16;
  private static final int REFERENCE = 4;

  private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int left = BUDGET;
  private boolean complete = true;

  private VariableSizes() {}

  /**
   * The {@code count} variables of {@code variables} that hold the most, largest first, leaving out
   * those that hold less than a MiB.
   */
  static List<MemoryHolder> largest(Map<String, Object> variables, int count) {
    VariableSizes sizes = new VariableSizes();
    List<MemoryHolder> all = new ArrayList<>();
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      sizes.complete = true;
      long bytes = sizes.sizeOf(variable.getValue());
      if (bytes >= WORTH_NAMING) {
        all.add(new MemoryHolder(variable.getKey(), bytes, sizes.complete));
      }
    }
    all.sort(Comparator.comparingLong(MemoryHolder::bytes).reversed());
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  /** Roughly how many bytes {@code value} keeps reachable. */
  static long of(Object value) {
    return new VariableSizes().sizeOf(value);
  }

  /** The bytes {@code value} keeps reachable that no earlier value already counted. */
  private long sizeOf(Object value) {
    if (value == null || !seen.add(value)) {
      return 0;
    }
    if (left-- <= 0) {
      complete = false;
      return 0;
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      return array(value, type.getComponentType());
    }
    if (value instanceof CharSequence text) {
      return HEADER + 24L + text.length();
    }
    if (value instanceof Range<?>) {
      return HEADER + 32L; // a range computes its elements: it holds only its ends
    }
    try {
      if (value instanceof Collection<?> items) {
        return HEADER + 24L + elements(items.iterator(), items.size(), 0);
      }
      if (value instanceof Map<?, ?> map) {
        return HEADER + 48L + elements(map.entrySet().iterator(), map.size(), 32);
      }
      if (value instanceof Map.Entry<?, ?> entry) {
        return sizeOf(entry.getKey()) + sizeOf(entry.getValue());
      }
    } catch (RuntimeException changedWhileCounted) {
      complete = false;
      return HEADER;
    }
    return learnersOwn(type) ? fields(value, type) : HEADER + 16L;
  }

  private long array(Object array, Class<?> component) {
    int length = Array.getLength(array);
    if (component.isPrimitive()) {
      return HEADER + (long) length * primitiveSize(component);
    }
    Object[] items = (Object[]) array;
    return HEADER
        + (long) length * REFERENCE
        + elements(Arrays.asList(items).iterator(), length, 0);
  }

  /**
   * The elements {@code iterator} gives, {@code size} in all, each with {@code perElement} bytes of
   * its own (a map's node): the first {@link #SAMPLE} counted, the rest as their average.
   */
  private long elements(Iterator<?> iterator, int size, int perElement) {
    long counted = 0;
    int visited = 0;
    while (visited < SAMPLE && iterator.hasNext() && left > 0) {
      counted += perElement + REFERENCE + sizeOf(iterator.next());
      visited++;
    }
    if (visited < size) {
      complete = visited == 0 ? false : complete;
      return visited == 0 ? (long) size * REFERENCE : counted * size / visited;
    }
    return counted;
  }

  /** The learner's own classes (compiled at the prompt) are walked field by field. */
  private static boolean learnersOwn(Class<?> type) {
    return type.getClassLoader() instanceof groovy.lang.GroovyClassLoader;
  }

  private long fields(Object value, Class<?> type) {
    long bytes = HEADER;
    for (Class<?> c = type; c != null && learnersOwn(c); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        bytes += REFERENCE;
        if (!field.getType().isPrimitive() && field.trySetAccessible()) {
          try {
            bytes += sizeOf(field.get(value));
          } catch (IllegalAccessException e) {
            complete = false;
          }
        }
      }
    }
    return bytes;
  }

  private static int primitiveSize(Class<?> type) {
    if (type == long.class || type == double.class) {
      return 8;
    }
    if (type == int.class || type == float.class) {
      return 4;
    }
    if (type == short.class || type == char.class) {
      return 2;
    }
    return 1;
  }
}
