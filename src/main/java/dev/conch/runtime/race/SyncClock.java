package dev.conch.runtime.race;

import dev.conch.runtime.sync.Holdable;
import dev.conch.runtime.task.Task;

/**
 * What one lock, queue, event, pipe or pool has passed between tasks, as a vector clock: a task
 * that lets go of it (a release, a put, a set) adds what it knows; a task that takes from it (an
 * acquire, a get, a wait that ends) learns all that. So an access before the one and after the
 * other is ordered, and no race is said between them.
 *
 * <p>Thread-safe; one made with {@link #underItsLock()} relies on its owner's lock instead of a
 * lock of its own, for a lock whose every call here is made while it is held.
 */
public final class SyncClock {
  private final boolean guardedByOwner;
  // guarded by this, or by the owner's lock; changed in place only under the owner's lock (no
  // one else keeps it: a taker absorbs it while it holds the lock)
  private int[] clock = VectorClocks.EMPTY;
  // under the owner's lock: the task whose clock, as it let go, this clock is; it covers it still
  private TaskClock lastReleaser;

  /** A clock that guards itself. */
  public SyncClock() {
    this(false);
  }

  private SyncClock(boolean guardedByOwner) {
    this.guardedByOwner = guardedByOwner;
  }

  /** A clock for a lock that is held at each call here: it takes no lock of its own. */
  public static SyncClock underItsLock() {
    return new SyncClock(true);
  }

  /** {@code task} lets go of this object: what it did so far comes before what takes from it. */
  public void release(Task task) {
    TaskClock own = TaskClock.of(task);
    if (own == null || !own.detector.on()) {
      return;
    }
    if (guardedByOwner) {
      // the holder learnt the lock's clock as it took it, so its own clock covers it; a holder
      // letting go again of a lock it let go of last copies its clock into the same array
      int[] mine = own.clock;
      if (lastReleaser == own && clock.length == mine.length) {
        System.arraycopy(mine, 0, clock, 0, mine.length);
      } else {
        clock = VectorClocks.covers(mine, clock) ? own.snapshot() : VectorClocks.max(clock, mine);
      }
      lastReleaser = own;
    } else {
      synchronized (this) {
        clock = VectorClocks.max(clock, own.clock);
      }
    }
    own.tick();
  }

  /** {@code task} takes from this object: what was let go of before comes before what it does. */
  public void acquire(Task task) {
    TaskClock own = TaskClock.of(task);
    if (own != null && own.detector.on()) {
      learn(own);
    }
  }

  private void learn(TaskClock own) {
    int[] known;
    if (guardedByOwner) {
      if (lastReleaser == own) {
        return; // it let go of the lock last: what the lock knows came from it, and it still knows
      }
      known = clock;
    } else {
      synchronized (this) {
        known = clock;
      }
    }
    own.absorb(known);
  }

  /** {@code task} has taken {@code lock}: it learns, and reports name the lock as held. */
  public void locked(Task task, Holdable lock) {
    TaskClock own = TaskClock.of(task);
    if (own == null || !own.detector.on()) {
      return;
    }
    learn(own);
    own.held = own.taking(lock);
  }

  /** {@code task} lets go of {@code lock}. */
  public void unlocked(Task task, Holdable lock) {
    TaskClock own = TaskClock.of(task);
    if (own == null) {
      return;
    }
    own.held = Held.without(own.held, lock);
    release(task);
  }
}
