package dev.conch.dsl;

import dev.conch.dsl.process.ProcessWork;
import dev.conch.runtime.errors.RuntimeError;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session's variables: a map that many tasks may read and write at once without corrupting it.
 * Each get and put is atomic, but {@code counter += 1} is still a get then a put, so updates can be
 * lost exactly as the race lessons show. Holds null values, which ConcurrentHashMap cannot.
 * Thread-safe.
 */
public final class SessionVariables extends AbstractMap<String, Object> {
  private static final Object NULL = new Object();

  private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();

  @Override
  public Object get(Object key) {
    Object value = map.get(key);
    if (value instanceof ProcessWork.Missing missing) {
      throw new RuntimeError(
          "process.notcopied",
          "process: variable '%s' (a %s) could not be copied to this process; share it through a"
              + " queue, pipe or manager instead",
          missing.name(),
          missing.type());
    }
    return value == NULL ? null : value;
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public Object put(String key, Object value) {
    Object old = map.put(key, value == null ? NULL : value);
    return old == NULL ? null : old;
  }

  @Override
  public Object remove(Object key) {
    Object old = map.remove(key);
    return old == NULL ? null : old;
  }

  @Override
  public void clear() {
    map.clear();
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<Entry<String, Object>> it = map.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            Entry<String, Object> e = it.next();
            return new SimpleImmutableEntry<>(
                e.getKey(), e.getValue() == NULL ? null : e.getValue());
          }

          @Override
          public void remove() {
            it.remove();
          }
        };
      }

      @Override
      public int size() {
        return map.size();
      }
    };
  }
}
