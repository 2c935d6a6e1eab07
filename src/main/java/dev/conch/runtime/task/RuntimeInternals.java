package dev.conch.runtime.task;

import dev.conch.runtime.race.TaskClock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one way in to what the runtime's other rooms ({@code sync}, {@code pool}, {@code deadlock})
 * need of a {@link Task} but a learner holding one must not see: each method here reaches a
 * package-private member of this package. Not for learners' code. Stateless.
 */
public final class RuntimeInternals {
  private RuntimeInternals() {}

  /** Marks {@code task} as to be cancelled without interrupting it yet (a deadlock's cure). */
  public static void requestCancel(Task task) {
    task.requestCancel();
  }

  /** Whether {@code task} was asked to end, so that it takes no new lock on its way out. */
  public static boolean cancelRequested(Task task) {
    return task.cancelRequested();
  }

  /**
   * Notes that {@code task} took the lock or semaphore of {@code hold}, given back if cancelled.
   */
  public static void took(Task task, Hold hold) {
    task.took(hold);
  }

  /** Names what {@code task}, a pool worker, is busy with from now on (null: nothing). */
  public static void setDoing(Task task, Object what) {
    task.setDoing(what);
  }

  /** Counts one more job run by {@code task}; called only by the task's own thread. */
  public static void jobRan(Task task) {
    task.jobRan();
  }

  /** The clock race detection keeps for {@code task}, or null when it is not watched. */
  public static TaskClock raceClock(Task task) {
    return task.raceClock();
  }

  /** Gives {@code task} its clock for race detection, before its thread starts. */
  public static void setRaceClock(Task task, TaskClock clock) {
    task.setRaceClock(clock);
  }

  /**
   * A signal on a condition of {@code guard} has woken {@code task}: when it is a coroutine, the
   * turn waits for it to queue before passing on.
   */
  public static void woken(Task task, ReentrantLock guard) {
    Coroutines loop = task.coroutines();
    if (loop != null) {
      loop.woke(task, guard);
    }
  }

  /** {@code task} waits on a condition again: no signal it had before is pending any more. */
  public static void waitsAgain(Task task) {
    Coroutines loop = task.coroutines();
    if (loop != null) {
      loop.waitsAgain(task);
    }
  }

  /** Whether {@code task} takes part in coroutines, so that its waits pass the turn on. */
  public static boolean takesTurns(Task task) {
    return Turns.here(task) != null;
  }
}
