package dev.conch.runtime;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cycle of tasks each blocked on a lock that the next one holds: none of them can ever go on.
 * Immutable.
 *
 * @param links the cycle, each link a task, the lock it waits for, and the task holding that lock
 *     (the waiter of the next link)
 */
public record Deadlock(List<Link> links) {
  /** {@code waiter} is blocked on {@code lock}, which {@code holder} holds. Immutable. */
  public record Link(Task waiter, Guard lock, Task holder) {}

  public Deadlock {
    links = List.copyOf(links);
  }

  /** The ids of the tasks in the cycle, which tell one deadlock from another. */
  public Set<Long> taskIds() {
    Set<Long> ids = new TreeSet<>();
    links.forEach(l -> ids.add(l.waiter().getId()));
    return ids;
  }

  /**
   * Whether a task of the cycle waits for a lock of the JVM itself: entering {@code synchronized}
   * or {@code ReentrantLock.lock()} ignores interrupts, so the cure may leave it stuck.
   */
  public boolean throughJavaLocks() {
    return links.stream().anyMatch(l -> l.lock() instanceof JvmLock);
  }

  /**
   * Cancels every task of the cycle; each lets go of what it holds as it ends. All are marked
   * first, so that none of them takes a lock freed by another on its way out.
   */
  public void cure() {
    links.forEach(l -> l.waiter().requestCancel());
    links.forEach(l -> l.waiter().cancel());
  }
}
