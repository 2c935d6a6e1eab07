package dev.conch.runtime.shared;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A dict made by a {@link Manager}, shared by the tasks of this process and, through proxies, by
 * child processes: a map that keeps the order keys were first put in and prints like any map.
 * Python's spellings {@code keys()} and {@code items()} give lists. {@code d[k] = d[k] + 1} is two
 * steps that another task may come between; {@link #merge} and {@link #compute} are one.
 *
 * <p>Thread-safe: every method holds the dict's monitor, guarding {@code map}. Views ({@link
 * #entrySet()}, {@link #keySet()}, {@link #values()}) are copies taken at the call, so iterating
 * never fails while others change the dict.
 */
public final class SharedDict extends AbstractMap<Object, Object> {
  private final Manager manager;
  private final String name;
  private final Map<Object, Object> map = new LinkedHashMap<>(); // guarded by this

  SharedDict(Manager manager, String name) {
    this.manager = manager;
    this.name = name;
  }

  @Override
  public synchronized Object get(Object key) {
    manager.requireOpen(label());
    return map.get(key);
  }

  @Override
  public synchronized Object put(Object key, Object value) {
    manager.requireOpen(label());
    return map.put(key, value);
  }

  @Override
  public synchronized Object remove(Object key) {
    manager.requireOpen(label());
    return map.remove(key);
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    manager.requireOpen(label());
    return map.containsKey(key);
  }

  @Override
  public synchronized int size() {
    manager.requireOpen(label());
    return map.size();
  }

  @Override
  public synchronized void clear() {
    manager.requireOpen(label());
    map.clear();
  }

  /** Puts {@code value}, or combines it with the value there, in one step. */
  @Override
  public synchronized Object merge(
      Object key, Object value, BiFunction<? super Object, ? super Object, ?> remapping) {
    manager.requireOpen(label());
    return map.merge(key, value, remapping);
  }

  /** Computes the new value of {@code key} from its value now, in one step. */
  @Override
  public synchronized Object compute(
      Object key, BiFunction<? super Object, ? super Object, ?> remapping) {
    manager.requireOpen(label());
    return map.compute(key, remapping);
  }

  /** Computes and puts a value for {@code key} when it has none, in one step. */
  @Override
  public synchronized Object computeIfAbsent(Object key, Function<? super Object, ?> mapping) {
    manager.requireOpen(label());
    return map.computeIfAbsent(key, mapping);
  }

  /** A copy of the entries, in order. */
  @Override
  public synchronized Set<Map.Entry<Object, Object>> entrySet() {
    manager.requireOpen(label());
    Set<Map.Entry<Object, Object>> copy = new LinkedHashSet<>();
    for (Map.Entry<Object, Object> e : map.entrySet()) {
      copy.add(new SimpleImmutableEntry<>(e));
    }
    return copy;
  }

  /** Python's {@code keys()}: the keys now, in order. */
  public synchronized Map<Object, Object> copy() {
    return new LinkedHashMap<>(map);
  }

  public synchronized List<Object> keys() {
    manager.requireOpen(label());
    return new ArrayList<>(map.keySet());
  }

  /** Python's {@code items()}: {@code [key, value]} pairs, in order. */
  public synchronized List<List<Object>> items() {
    manager.requireOpen(label());
    List<List<Object>> pairs = new ArrayList<>();
    map.forEach((k, v) -> pairs.add(java.util.Arrays.asList(k, v)));
    return pairs;
  }

  /** How the dict is named in messages: {@code dict manager-1.dict-1}. */
  public String label() {
    return "dict " + name;
  }
}
