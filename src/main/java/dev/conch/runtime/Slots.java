package dev.conch.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the rooms above the runtime keep for each session, under typed keys: the child JVMs, the
 * network services, how the session prints. The runtime cannot hold those services itself (it
 * imports nothing from the rooms above it), and a static map beside it would outlive it; these
 * slots live and end with their runtime. Thread-safe.
 */
public final class Slots {
  /**
   * The key of one slot: a name for reports and the type of what it holds.
   *
   * @param <T> the type of the slot's value
   */
  public record Key<T>(String name, Class<T> type) {}

  private final Map<Key<?>, Object> values = new HashMap<>(); // guarded by this

  /** What {@code key} holds, or null when nothing was put there. */
  public synchronized <T> T get(Key<T> key) {
    return key.type().cast(values.get(key));
  }

  /** What {@code key} holds, made by {@code make} and kept there the first time. */
  public synchronized <T> T computeIfAbsent(Key<T> key, Supplier<? extends T> make) {
    Object there = values.get(key);
    if (there == null) {
      there = make.get();
      values.put(key, there);
    }
    return key.type().cast(there);
  }

  /** Puts {@code value} under {@code key}, replacing what was there. */
  public synchronized <T> void put(Key<T> key, T value) {
    values.put(key, key.type().cast(value));
  }

  /** Puts {@code value} under {@code key} unless something is there; whether it did. */
  public synchronized <T> boolean putIfAbsent(Key<T> key, T value) {
    return values.putIfAbsent(key, key.type().cast(value)) == null;
  }

  /** Empties the slot of {@code key} if it still holds {@code value}. */
  public synchronized <T> void remove(Key<T> key, T value) {
    values.remove(key, value);
  }

  /** Forgets every value: the runtime is closing, and closes what must be closed on its own. */
  synchronized void clear() {
    values.clear();
  }
}
