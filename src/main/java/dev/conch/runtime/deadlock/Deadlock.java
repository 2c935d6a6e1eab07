package dev.conch.runtime.deadlock;

import dev.conch.runtime.sync.Holdable;
import dev.conch.runtime.sync.JvmLock;
import dev.conch.runtime.sync.OwnedLock;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import java.time.Duration;
import java.util.ArrayList;
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
  public record Link(Task waiter, Holdable lock, Task holder) {}

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
    links.forEach(l -> RuntimeInternals.requestCancel(l.waiter()));
    links.forEach(l -> l.waiter().cancel());
  }

  /**
   * Cures the cycle, then waits at most {@code patience} in all for its tasks to end, and tells
   * what came of it: which ended, which did not, and which of the cycle's locks its tasks still
   * hold (a cancelled task lets go of what it holds as it ends, a child process's task once the
   * child's proxied holds are given back).
   */
  public CureOutcome cureAndWait(Duration patience) throws InterruptedException {
    cure();
    long deadline = System.nanoTime() + patience.toNanos();
    List<Task> ended = new ArrayList<>();
    List<Task> stuck = new ArrayList<>();
    for (Link link : links) {
      double left = Math.max(0, deadline - System.nanoTime()) / 1e9;
      (link.waiter().join(left) ? ended : stuck).add(link.waiter());
    }
    List<CureOutcome.Held> held = new ArrayList<>();
    for (Link link : links) {
      Task owner = link.lock() instanceof OwnedLock lock ? lock.owner() : null;
      if (owner != null && links.stream().anyMatch(l -> l.waiter() == owner)) {
        held.add(new CureOutcome.Held(link.lock(), owner));
      }
    }
    return new CureOutcome(ended, stuck, held);
  }
}
