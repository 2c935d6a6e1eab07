package dev.conch.process.calls;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Task;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one child holds in the parent, so that it can all be given back when the child is gone: the
 * locks each of its agents took (a lock belongs to the thread that took it, so each agent gives its
 * own back) and the semaphore permits the child took and did not give back (any thread may give
 * those back).
 *
 * <p>Thread-safe: {@code permits} is a concurrent map of atomic counts; the lock sets are each
 * confined to their agent's thread.
 */
final class ChildHoldings {
  private final Map<Semaphore, AtomicInteger> permits = new ConcurrentHashMap<>();

  /** The locks one agent took; confined to that agent's thread. */
  static final class Locks {
    private final Set<Lock> taken = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The agent took {@code lock} (once more). */
    void took(Lock lock) {
      taken.add(lock);
    }

    /** Gives back every hold the calling agent has on the locks it took. */
    void releaseAll() {
      for (Lock lock : taken) {
        while (true) {
          try {
            lock.release();
          } catch (MisuseError notHeld) {
            break; // released as often as it was held: the calling thread holds it no more
          }
        }
      }
      taken.clear();
    }
  }

  /** The child took {@code n} permits of {@code s} (gave them back when negative). */
  void permits(Semaphore s, int n) {
    permits.computeIfAbsent(s, k -> new AtomicInteger()).addAndGet(n);
  }

  /** Gives back, as {@code task}, every permit the child took and did not give back. */
  void releasePermits(Task task) throws Exception {
    for (Map.Entry<Semaphore, AtomicInteger> e : permits.entrySet()) {
      int n = e.getValue().getAndSet(0);
      if (n > 0) {
        Task.actingAs(
            task,
            () -> {
              e.getKey().release(n);
              return null;
            });
      }
    }
  }
}
