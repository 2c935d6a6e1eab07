package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Hold;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.TurnCondition;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A counter of free permits, Python's {@code threading.Semaphore}: {@link #acquire()} takes one,
 * waiting while none is free, and {@link #release()} gives one back, from any task. A task waiting
 * for a permit is journaled as {@link TaskState#BLOCKED} on the semaphore, whose {@link
 * #toString()} says how many permits are free and which tasks hold the others.
 *
 * <p>Which tasks hold permits is bookkeeping for the learner, not ownership: a release by a task
 * that took no permit frees the oldest holder's, and no more holders are listed than permits are in
 * use, so a semaphore used as a signal (released by one task, acquired by another) lists none.
 *
 * <p>Thread-safe. A release happens-before the acquire that takes the permit it gave back. An
 * acquire that finds a permit free journals nothing.
 */
public class Semaphore implements Acquirable {
  /**
   * This semaphore as a task's holdings see it: held or not, and given back when it is cancelled.
   */
  private final SyncClock raceClock = new SyncClock(); // a release comes before what it lets in

  private final Holdable named = this::label; // how race reports name it among what a task holds
  private final Hold hold =
      new Hold() {
        @Override
        public boolean heldBy(Task task) {
          return Semaphore.this.heldBy(task);
        }

        @Override
        public void releaseAll(Task task) {
          Semaphore.this.releaseHeldBy(task);
        }
      };

  private final String name;
  private final boolean bounded;
  private final int initial;
  private final ReentrantLock guard = new ReentrantLock();
  private final java.util.concurrent.locks.Condition freed = new TurnCondition(guard);
  private int free; // guarded by guard
  private final List<Task> holders = new ArrayList<>(); // guarded by guard; oldest first

  Semaphore(String name, int permits, boolean bounded) {
    this.name = name;
    this.bounded = bounded;
    if (permits < 0) {
      throw new ValueError(
          "semaphore.negative",
          "%s: %d permits is negative, expected 0 or more",
          label(name, bounded),
          permits);
    }
    this.initial = permits;
    this.free = permits;
  }

  public String getName() {
    return name;
  }

  /**
   * Takes a permit, as Python's {@code acquire(blocking, timeout)}: when not {@code blocking} only
   * if one is free now; otherwise waiting at most {@code timeoutSeconds} (seconds; a negative value
   * waits as long as it takes). Returns whether a permit was taken.
   */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    Acquirable.requireNoTimeoutUnlessBlocking(this, blocking, timeoutSeconds);
    Task task = Task.current();
    guard.lock();
    try {
      while (free == 0) { // again after a coroutine's wait: another may have taken the permit
        if (!blocking || !awaitFree(task, timeoutSeconds)) {
          return false;
        }
        if (task != null && RuntimeInternals.cancelRequested(task)) {
          freed.signal(); // a task being cancelled leaves the permit to the next waiter
          throw new InterruptedException(task.getName() + " was cancelled");
        }
      }
      free--;
      holders.add(task);
      trimHolders();
      if (task != null) {
        RuntimeInternals.took(task, hold);
      }
      raceClock.locked(task, named);
      return true;
    } finally {
      guard.unlock();
    }
  }

  /** Waits, holding the guard, until a permit is free; false when the time ran out first. */
  private boolean awaitFree(Task task, double timeoutSeconds) throws InterruptedException {
    long nanos = Seconds.nanos(timeoutSeconds);
    TaskState before = Waits.begin(task, TaskState.BLOCKED, this);
    try {
      while (free == 0) {
        if (Seconds.forever(timeoutSeconds)) {
          freed.await();
        } else if (nanos <= 0) {
          return false;
        } else {
          nanos = freed.awaitNanos(nanos);
        }
      }
      return true;
    } finally {
      Waits.endReleasing(task, before, guard);
    }
  }

  /** Gives one permit back. */
  @Override
  public void release() {
    release(1);
  }

  /**
   * Gives {@code n} permits back, waking as many waiting tasks.
   *
   * @throws MisuseError when {@code n} is less than 1, or when a bounded semaphore would end up
   *     with more free permits than it started with
   */
  public void release(int n) {
    if (n < 1) {
      throw new ValueError(
          "semaphore.count", "%s: cannot release %d permits, expected 1 or more", label(), n);
    }
    Task task = Task.current();
    guard.lock();
    try {
      if (bounded && free + n > initial) {
        throw new ValueError(
            "semaphore.overreleased",
            "%s: released more times than acquired (it allows %d)",
            label(),
            initial);
      }
      raceClock.unlocked(task, named);
      free += n;
      for (int i = 0; i < n; i++) {
        if (!holders.remove(task) && !holders.isEmpty()) {
          holders.remove(0);
        }
        freed.signal();
      }
      trimHolders();
    } finally {
      guard.unlock();
    }
  }

  /**
   * Gives back the permits {@code task} took and has not given back (as the holders count them), as
   * a cancelled task does when it ends.
   */
  void releaseHeldBy(Task task) {
    guard.lock();
    try {
      int n = 0;
      while (holders.remove(task)) {
        n++;
      }
      free += n;
      for (int i = 0; i < n; i++) {
        freed.signal();
      }
    } finally {
      guard.unlock();
    }
  }

  /** Whether {@code task} holds one of the permits in use (as the holders count them). */
  boolean heldBy(Task task) {
    guard.lock();
    try {
      return holders.contains(task);
    } finally {
      guard.unlock();
    }
  }

  /** Keeps no more holders than permits are in use. Called holding the guard. */
  private void trimHolders() {
    while (holders.size() > Math.max(0, initial - free)) {
      holders.remove(0);
    }
  }

  /** How many permits are free now. */
  public int free() {
    guard.lock();
    try {
      return free;
    } finally {
      guard.unlock();
    }
  }

  /** How many permits the semaphore started with. */
  public int initial() {
    return initial;
  }

  /** The tasks holding the permits in use, oldest first (see the class comment). */
  public List<Task> holders() {
    guard.lock();
    try {
      return holders.stream().filter(Objects::nonNull).toList();
    } finally {
      guard.unlock();
    }
  }

  /** How the semaphore is named in messages: {@code semaphore s}, {@code bounded semaphore s}. */
  public String label() {
    return label(name, bounded);
  }

  private static String label(String name, boolean bounded) {
    return (bounded ? "bounded semaphore " : "semaphore ") + name;
  }

  /**
   * {@code semaphore s (0 of 2 free; held by w1, w2)}; {@code semaphore s (3 free, started with 2)}
   * once releases have added permits.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(label()).append(" (");
    guard.lock();
    try {
      if (free > initial) {
        text.append(free).append(" free, started with ").append(initial);
      } else {
        text.append(free).append(" of ").append(initial).append(" free");
      }
      List<String> names = holders.stream().filter(Objects::nonNull).map(Task::getName).toList();
      if (!names.isEmpty()) {
        text.append("; held by ").append(String.join(", ", names));
      }
    } finally {
      guard.unlock();
    }
    return text.append(')').toString();
  }
}
