package dev.conch.dsl;

import dev.conch.dsl.process.ProcessWork;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.race.RaceDetector;
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
  private final RaceDetector races; // null where races are not watched (a child's copies)

  /** Variables whose races nobody watches. */
  public SessionVariables() {
    this(null);
  }

  /** Variables whose every read and write through compiled code {@code races} is told of. */
  public SessionVariables(RaceDetector races) {
    this.races = races;
  }

  /**
   * The calling task read ({@code write} false) or wrote {@code name} at {@code site} ({@code line
   * 3}); the race detector checks it against the other tasks' accesses.
   */
  public void accessed(String name, boolean write, String site) {
    if (races != null) {
      races.access(name, write, site);
    }
  }

  /** The calling task read {@code name}, then wrote it ({@code n++}), at {@code site}. */
  public void stepped(String name, String site) {
    if (races != null) {
      races.readThenWrite(name, site);
    }
  }

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
