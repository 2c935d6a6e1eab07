package dev.conch.runtime.race;

import dev.conch.runtime.sync.Holdable;
import dev.conch.runtime.task.Task;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clocks of the JVM monitors that a learner's {@code synchronized (x) { … }} takes, found by
 * the identity of {@code x} (a list used as a monitor may change while held, so its equality cannot
 * find it) and forgotten once {@code x} is garbage. The compiled block calls {@link #entered} and
 * {@link #leaving}; the runtime sees nothing else of a monitor. Thread-safe.
 */
public final class MonitorClocks {
  /** A monitor object, held weakly, equal to another key only for the very same object. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object monitor, ReferenceQueue<Object> queue) {
      super(monitor, queue);
      this.hash = System.identityHashCode(monitor);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      Object mine = get();
      return o instanceof Key other && mine != null && mine == other.get();
    }
  }

  /** A monitor as race reports name it among what a task holds. */
  private record Monitor(SyncClock clock, String label) implements Holdable {}

  private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();
  private static final Map<Key, Monitor> MONITORS = new ConcurrentHashMap<>();

  private MonitorClocks() {}

  /** The calling task has just entered {@code synchronized (monitor)}. */
  public static void entered(Object monitor) {
    Task task = Task.current();
    Monitor m = watched(monitor, task);
    if (m != null) {
      m.clock().locked(task, m);
    }
  }

  /** The calling task is about to leave {@code synchronized (monitor)}. */
  public static void leaving(Object monitor) {
    Task task = Task.current();
    Monitor m = watched(monitor, task);
    if (m != null) {
      m.clock().unlocked(task, m);
    }
  }

  /** The clock of {@code monitor} when {@code task}'s races are watched, else null. */
  private static Monitor watched(Object monitor, Task task) {
    return monitor == null || TaskClock.of(task) == null ? null : of(monitor);
  }

  private static Monitor of(Object monitor) {
    for (Object gone = GONE.poll(); gone != null; gone = GONE.poll()) {
      MONITORS.remove(gone);
    }
    Monitor known = MONITORS.get(new Key(monitor, null));
    if (known != null) {
      return known;
    }
    String type = monitor.getClass().getSimpleName();
    String label =
        "synchronized (" + type + "@" + Integer.toHexString(System.identityHashCode(monitor)) + ")";
    return MONITORS.computeIfAbsent(
        new Key(monitor, GONE), k -> new Monitor(new SyncClock(), label));
  }
}
