package dev.conch.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies of {@code Collections.synchronizedList(new ArrayList())} taken under the list's own lock,
 * for values about to be serialized. Java serialization writes such a list through a new wrapper of
 * the same items (its {@code writeReplace}), which locks itself rather than the list; a callback
 * adding to the list meanwhile made the copy fail with {@code ConcurrentModificationException} (a
 * process pool's job that named the list P22 gathers its results in failed about once in fifty
 * runs). The other synchronized collections lock their own mutex when written and need nothing.
 *
 * <p>The stream's replacement hook meets the list only after that {@code writeReplace}, so the copy
 * is made one step earlier: for the value itself, before the stream, and for each item of the JDK's
 * plain containers (a map of session variables, an array of arguments) as the stream reaches them.
 * A list met twice in one stream is copied once, so that what was one list arrives as one. Confined
 * to one stream's writer; the static methods are thread-safe.
 */
public final class SynchronizedLists {
  private static final Class<?> SYNCHRONIZED =
      Collections.synchronizedList(new ArrayList<>()).getClass();

  /** The JDK's containers whose items are looked at; a learner's class is written as it is. */
  private static final Set<Class<?>> PLAIN_CONTAINERS =
      Set.of(
          ArrayList.class,
          LinkedList.class,
          HashMap.class,
          LinkedHashMap.class,
          HashSet.class,
          LinkedHashSet.class);

  private final Map<Object, List<Object>> taken = new IdentityHashMap<>();

  /**
   * Whether {@code value} is a synchronized list of the kind Java serialization writes unlocked.
   */
  public static boolean isOne(Object value) {
    return value != null && value.getClass() == SYNCHRONIZED;
  }

  /** A synchronized list of the items {@code list} holds now, read under its lock. */
  public static List<Object> snapshot(List<?> list) {
    synchronized (list) { // the lock its own methods take (Collections.synchronizedList)
      return Collections.synchronizedList(new ArrayList<>(list));
    }
  }

  /**
   * {@code value} itself, or, when it is one of the JDK's plain containers holding such a list, a
   * copy of it with each such list replaced by its {@link #snapshot}. Map keys and set members are
   * left as they are.
   */
  Object copyable(Object value) {
    if (value == null) {
      return null;
    }
    if (value.getClass() == Object[].class) {
      Object[] array = (Object[]) value;
      return holdsOne(Arrays.asList(array)) ? snapshots(array) : value;
    }
    if (!PLAIN_CONTAINERS.contains(value.getClass())) {
      return value; // a Groovy range is a List too: never walked
    }
    return switch (value) {
      case Map<?, ?> map when holdsOne(map.values()) -> snapshots(map);
      case Collection<?> items when holdsOne(items) -> snapshots(items);
      default -> value;
    };
  }

  private boolean holdsOne(Collection<?> items) {
    for (Object item : items) {
      if (isOne(item)) {
        return true;
      }
    }
    return false;
  }

  private Object item(Object item) {
    return isOne(item) ? taken.computeIfAbsent(item, list -> snapshot((List<?>) list)) : item;
  }

  private Object[] snapshots(Object[] array) {
    Object[] copy = new Object[array.length];
    for (int k = 0; k < copy.length; k++) {
      copy[k] = item(array[k]);
    }
    return copy;
  }

  private Map<Object, Object> snapshots(Map<?, ?> map) {
    Map<Object, Object> copy =
        map instanceof LinkedHashMap ? new LinkedHashMap<>() : new HashMap<>();
    map.forEach((k, v) -> copy.put(k, item(v)));
    return copy;
  }

  /** A container of the same class as {@code items}, with the same items but for the snapshots. */
  private Collection<Object> snapshots(Collection<?> items) {
    Collection<Object> copy =
        switch (items) {
          case LinkedList<?> l -> new LinkedList<>();
          case List<?> l -> new ArrayList<>(items.size());
          case LinkedHashSet<?> s -> new LinkedHashSet<>();
          default -> new HashSet<>();
        };
    for (Object item : items) {
      copy.add(item(item));
    }
    return copy;
  }
}
