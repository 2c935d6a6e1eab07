package dev.conch.dsl.extensions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;

/**
 * One change to a list, map or set, made whole before another task's, as Python's are: CPython's
 * {@code results.append(x)} and {@code d[k] = v} never lose a value to another thread's, and a
 * learner's threads rely on it. Groovy's lists, maps and sets (the {@code []}, {@code [:]} and
 * {@code as Set} a learner types) are Java's, which are not safe to change from two tasks at once:
 * four tasks adding 10,000 values each to one list with {@code <<} kept about 39,600 of 40,000, and
 * as many setting keys of one map lost about 100. Here {@code xs << x}, {@code s << x} and {@code
 * d[k] = v} (and {@code pop} and {@code push} in {@link ListExtensions}) hold the collection's own
 * monitor, the lock {@code synchronized (xs) { … }} takes, while they change it.
 *
 * <p>A method of the class itself comes before an extension in Groovy's dispatch: {@code xs.add(x)}
 * and {@code d.put(k, v)} are made whole by a rewrite of the learner's code instead ({@code
 * AtomicCallRewriter}). As in Python, a read and a write made of two steps are still two: {@code
 * d[k] = d[k] + 1} and {@code xs += [x]} race (and the race detector says so).
 * {@code @CompileStatic} code calls Groovy's own. Stateless.
 */
public final class AtomicChanges {
  private AtomicChanges() {}

  /** {@code xs << x}: adds {@code item} at the end, whole. */
  public static <T> ArrayList<T> leftShift(ArrayList<T> self, T item) {
    synchronized (self) {
      self.add(item);
    }
    return self;
  }

  /** {@code s << x}: adds {@code item} to the set, whole. */
  public static <T> HashSet<T> leftShift(HashSet<T> self, T item) {
    synchronized (self) {
      self.add(item);
    }
    return self;
  }

  /** {@code d[k] = v}: sets the key, whole. */
  public static <K, V> V putAt(HashMap<K, V> self, K key, V value) {
    synchronized (self) {
      self.put(key, value);
    }
    return value;
  }

  /**
   * {@code d['name'] = v}: sets the key, whole. Groovy's own for a text key sets a property, which
   * for a map is the same entry.
   */
  @SuppressWarnings("unchecked") // a map a learner keys with text
  public static <V> V putAt(HashMap<?, V> self, String key, V value) {
    synchronized (self) {
      ((HashMap<Object, V>) self).put(key, value);
    }
    return value;
  }
}
