package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.TurnCondition;
import dev.conch.runtime.wait.Waits;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A flag that tasks wait for, Python's {@code threading.Event}: {@link #set()} raises it and wakes
 * every waiting task, {@link #clear()} lowers it, and {@link #await(double)} waits until it is
 * raised. A waiting task is journaled as {@link TaskState#WAITING} on the event. Groovy code spells
 * the wait {@code e.wait()} and {@code e.wait(seconds)}, as Python does (Java cannot: {@code
 * Object.wait()} is final).
 *
 * <p>Thread-safe. A {@code set()} happens-before every wait that returns because of it.
 */
public final class Event {
  private final String name;
  private final ReentrantLock guard = new ReentrantLock();
  private final java.util.concurrent.locks.Condition raised = new TurnCondition(guard);
  private boolean flag; // guarded by guard

  /**
   * How many times the flag went up; a waiter returns when it changes, so that a {@code set()} that
   * a {@code clear()} undoes at once still wakes every task that was waiting, as in Python.
   */
  private long raises; // guarded by guard

  private int waiting; // guarded by guard

  private final SyncClock raceClock = new SyncClock(); // a set comes before the waits it ends

  Event(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  /** Raises the flag and wakes every task waiting for it. */
  public void set() {
    guard.lock();
    try {
      raceClock.release(Task.current());
      if (!flag) {
        flag = true;
        raises++;
        raised.signalAll();
      }
    } finally {
      guard.unlock();
    }
  }

  /** Lowers the flag: later waits wait until it is set again. */
  public void clear() {
    guard.lock();
    try {
      flag = false;
    } finally {
      guard.unlock();
    }
  }

  /** Whether the flag is up now (Python's {@code is_set()}). */
  public boolean isSet() {
    guard.lock();
    try {
      if (flag) {
        raceClock.acquire(Task.current());
      }
      return flag;
    } finally {
      guard.unlock();
    }
  }

  /** Waits until the flag is set, as long as it takes. Returns true. */
  public boolean await() throws InterruptedException {
    return await(-1);
  }

  /**
   * Waits until the flag is set or {@code timeoutSeconds} pass (seconds; a negative value waits as
   * long as it takes). Returns true when it was set, false when the time ran out first. Returns at
   * once when the flag is already up.
   */
  public boolean await(double timeoutSeconds) throws InterruptedException {
    Task task = Task.current();
    guard.lock();
    try {
      if (flag) {
        raceClock.acquire(task);
        return true;
      }
      long seen = raises;
      long nanos = Seconds.nanos(timeoutSeconds);
      waiting++;
      TaskState before = Waits.begin(task, TaskState.WAITING, this);
      try {
        while (raises == seen) {
          if (Seconds.forever(timeoutSeconds)) {
            raised.await();
          } else if (nanos <= 0) {
            return false;
          } else {
            nanos = raised.awaitNanos(nanos);
          }
        }
        raceClock.acquire(task);
        return true;
      } finally {
        waiting--;
        Waits.endReleasing(task, before, guard); // raises only grows: no need to check again
      }
    } finally {
      guard.unlock();
    }
  }

  /** How many tasks wait for the flag now. */
  public int waiting() {
    guard.lock();
    try {
      return waiting;
    } finally {
      guard.unlock();
    }
  }

  /** {@code event e (set)}, or {@code event e (not set; 2 waiting)}. */
  @Override
  public String toString() {
    guard.lock();
    try {
      if (flag) {
        return "event " + name + " (set)";
      }
      return "event "
          + name
          + (waiting == 0 ? " (not set)" : " (not set; " + waiting + " waiting)");
    } finally {
      guard.unlock();
    }
  }
}
