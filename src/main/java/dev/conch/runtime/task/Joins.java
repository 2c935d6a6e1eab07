package dev.conch.runtime.task;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.race.RaceDetector;
import dev.conch.runtime.wait.Waits;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a task waits for another to end ({@link Task#join()}): the waiter is journaled as WAITING on
 * it, a coroutine joins in turn, and the latch is made only when someone has to wait. Stateless.
 */
final class Joins {
  private Joins() {}

  /** Waits until {@code target} ends. Returns true. */
  static boolean join(Task target) throws InterruptedException {
    if (target.getState().ended()) {
      awaitOver(target);
      return over(target);
    }
    Task waiter = waiterOf(target);
    if (Turns.joinInTurn(waiter, target)) {
      // the turn comes back as the target ends; its listeners (the line that says it failed) are
      // told a moment later on its own thread, before a script that joined it last may end
      awaitOver(target);
      return over(target);
    }
    TaskState before = Waits.begin(waiter, TaskState.WAITING, target);
    try {
      CountDownLatch latch = target.endLatch();
      if (latch != null) {
        latch.await();
      }
    } finally {
      Waits.end(waiter, before);
    }
    return over(target);
  }

  /** Waits until {@code target} ends or {@code seconds} pass. Returns whether it ended. */
  static boolean join(Task target, double seconds) throws InterruptedException {
    if (target.getState().ended()) {
      awaitOver(target);
      return over(target);
    }
    Task waiter = waiterOf(target);
    TaskState before = Waits.begin(waiter, TaskState.WAITING, target);
    try {
      CountDownLatch latch = target.endLatch();
      if (latch != null && !latch.await(Seconds.nanos(seconds), TimeUnit.NANOSECONDS)) {
        return false;
      }
    } finally {
      Waits.end(waiter, before);
    }
    return over(target);
  }

  /** The joiner saw {@code target} end: what it did comes before what the joiner does next. */
  private static boolean over(Task target) {
    RaceDetector.joined(CurrentTask.get(), target);
    return true;
  }

  /**
   * Waits out the last microseconds of a task whose end is journaled: it leaves the live tasks just
   * after, and a join returns only once it has (a join that saw DONE and returned at once let a
   * count of live tasks taken right after still include it).
   */
  private static void awaitOver(Task target) throws InterruptedException {
    CountDownLatch latch = target.endLatch();
    if (latch != null) {
      latch.await();
    }
  }

  /** The calling task, which must not be {@code target}. */
  private static Task waiterOf(Task target) {
    Task waiter = Task.current();
    if (waiter == target) {
      throw new RuntimeError(
          "task.joinself", "task %s cannot join itself: it would wait forever", target.getName());
    }
    return waiter;
  }
}
