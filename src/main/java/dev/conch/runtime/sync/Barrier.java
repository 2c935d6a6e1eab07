package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.TurnCondition;
import dev.conch.runtime.wait.Waits;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A meeting point for a fixed number of tasks, Python's {@code threading.Barrier}: each task that
 * calls {@link #await(double)} waits until {@link #getParties()} tasks have arrived, then all go on
 * together, and the barrier is ready for the next round. The optional action runs once per round,
 * on the last task to arrive, before the others are let go. A waiting task is journaled as {@link
 * TaskState#WAITING} on the barrier. Groovy code spells the wait {@code b.wait()}.
 *
 * <p>A wait that times out or is interrupted, an action that fails, or {@link #abort()} breaks the
 * barrier: every task waiting at it, and every later one, gets a {@link BrokenBarrierError} until
 * {@link #reset()}.
 *
 * <p>Thread-safe. What each task did before it arrived happens-before every task's return from the
 * wait of that round.
 */
public final class Barrier {
  private final SyncClock raceClock = new SyncClock();
  private final String name;
  private final int parties;
  private final Runnable action;
  private final double timeout; // what wait() with no timeout waits at most; negative: no limit
  private final ReentrantLock guard = new ReentrantLock();
  private final java.util.concurrent.locks.Condition tripped = new TurnCondition(guard);
  // written holding guard; volatile so that /tasks reads them without waiting for a slow action
  private volatile Round round = new Round(); // guarded by guard
  private volatile int arrived; // guarded by guard

  /** One round of the barrier; a new one begins when it trips or is reset. */
  private static final class Round {
    /** Why this round broke, or null while it is whole. Written holding the barrier's guard. */
    volatile String brokenBy;

    /** Whether the message should tell the learner to reset the barrier. Guarded likewise. */
    boolean resetHint;
  }

  Barrier(String name, int parties, Runnable action) {
    this(name, parties, action, -1);
  }

  /**
   * A barrier whose {@link #await()} waits at most {@code timeout} seconds (negative: no limit).
   */
  Barrier(String name, int parties, Runnable action, double timeout) {
    if (parties < 1) {
      throw new ValueError(
          "barrier.parties", "barrier %s: %d parties, expected 1 or more", name, parties);
    }
    this.name = name;
    this.parties = parties;
    this.action = action;
    this.timeout = timeout;
  }

  public String getName() {
    return name;
  }

  /**
   * Waits until all parties have arrived, at most the barrier's own timeout (Python's {@code
   * Barrier(n, timeout=…)}), else as long as it takes; see {@link #await(double)}.
   */
  public int await() throws InterruptedException {
    return await(timeout);
  }

  /**
   * Arrives at the barrier and waits until all parties have, or until {@code timeoutSeconds} pass
   * (seconds; a negative value waits as long as it takes). Returns the arrival index: 0 for the
   * first task of the round, {@code parties - 1} for the last, as in Python.
   *
   * @throws BrokenBarrierError when the barrier is broken, or breaks while waiting; a wait that
   *     times out breaks it
   * @throws InterruptedException when interrupted while waiting, which breaks the barrier too
   */
  public int await(double timeoutSeconds) throws InterruptedException {
    Task task = Task.current();
    guard.lockInterruptibly(); // the last arrival may hold it for long, running the action
    try {
      Round current = round;
      if (current.brokenBy != null) {
        throw broken(current);
      }
      int index = arrived++;
      raceClock.release(task); // what each did before it arrived comes before what all do after
      if (arrived == parties) {
        trip(current);
        raceClock.acquire(task);
        return index;
      }
      awaitTrip(task, current, timeoutSeconds);
      raceClock.acquire(task);
      return index;
    } finally {
      guard.unlock();
    }
  }

  /** The last arrival: runs the action, then lets the round go. Called holding the guard. */
  private void trip(Round current) {
    if (action != null) {
      try {
        action.run();
      } catch (Throwable failure) {
        breakRound(current, "its action failed: " + Errors.oneLine(failure), true);
        throw failure;
      }
    }
    nextRound();
  }

  /** Waits, holding the guard, until {@code current} trips or breaks. */
  private void awaitTrip(Task task, Round current, double timeoutSeconds)
      throws InterruptedException {
    long nanos = Seconds.nanos(timeoutSeconds);
    TaskState before = Waits.begin(task, TaskState.WAITING, this);
    try {
      while (round == current && current.brokenBy == null) {
        if (Seconds.forever(timeoutSeconds)) {
          tripped.await();
        } else if (nanos <= 0) {
          breakRound(current, who(task) + " timed out waiting", true);
        } else {
          nanos = tripped.awaitNanos(nanos);
        }
      }
    } catch (InterruptedException e) {
      if (round != current || current.brokenBy != null) {
        Thread.currentThread().interrupt(); // the round ended anyway: keep the interrupt for later
      } else {
        breakRound(current, who(task) + " was interrupted while waiting", true);
        throw e;
      }
    } finally {
      Waits.endReleasing(task, before, guard); // round and brokenBy are final for current
    }
    if (current.brokenBy != null) {
      throw broken(current);
    }
  }

  private static String tasks(int count) {
    return count == 1 ? "1 task" : count + " tasks";
  }

  private static String who(Task task) {
    return task == null ? "a thread" : "task " + task.getName();
  }

  /** Breaks {@code current} for {@code reason} and wakes its waiters. Called holding the guard. */
  private void breakRound(Round current, String reason, boolean resetHint) {
    if (current.brokenBy == null) {
      current.brokenBy = reason;
      current.resetHint = resetHint;
    }
    tripped.signalAll();
  }

  private void nextRound() {
    round = new Round();
    arrived = 0;
    tripped.signalAll();
  }

  private BrokenBarrierError broken(Round current) {
    return new BrokenBarrierError(label(), current.brokenBy, current.resetHint);
  }

  /**
   * Makes the barrier whole and empty again. Tasks waiting at it when it is reset get a {@link
   * BrokenBarrierError}, as in Python.
   */
  public void reset() {
    guard.lock();
    try {
      if (arrived > 0 && round.brokenBy == null) {
        breakRound(round, "it was reset while " + tasks(arrived) + " waited", false);
      }
      nextRound();
    } finally {
      guard.unlock();
    }
  }

  /** Breaks the barrier: waiting tasks and later ones get a {@link BrokenBarrierError}. */
  public void abort() {
    guard.lock();
    try {
      breakRound(round, "abort() was called", true);
    } finally {
      guard.unlock();
    }
  }

  /** How many tasks must arrive for the barrier to let them go. */
  public int getParties() {
    return parties;
  }

  /** How many tasks wait at the barrier now (Python's {@code n_waiting}). */
  public int getWaiting() {
    Round current = round;
    return current.brokenBy == null ? arrived : 0;
  }

  /** Whether the barrier is broken (until {@link #reset()}). */
  public boolean isBroken() {
    return round.brokenBy != null;
  }

  /** How the barrier is named in messages: {@code barrier b}. */
  public String label() {
    return "barrier " + name;
  }

  /** {@code barrier b (2 of 3 waiting)}, or {@code barrier b (broken: abort() was called)}. */
  @Override
  public String toString() {
    Round current = round; // a snapshot: never waits for the guard, which a slow action may hold
    String brokenBy = current.brokenBy;
    if (brokenBy != null) {
      return label() + " (broken: " + brokenBy + ")";
    }
    return label() + " (" + arrived + " of " + parties + " waiting)";
  }
}
