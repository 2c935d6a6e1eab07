package dev.conch.runtime.wait;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Journals waits: the waiting task enters a waiting state naming what it waits for, and returns to
 * its former state afterwards, as {@link Lock#acquire} and {@link Task#join} do ({@link #begin},
 * {@link #end}), and as the pools' callers do around a wait of their own ({@link #on}, {@link
 * #await}), so {@code /tasks} can say what each waits for. Stateless and thread-safe.
 */
public final class Waits {
  private Waits() {}

  /**
   * Records that {@code task} now waits in {@code state} for {@code target}; returns the state to
   * go back to, or null when {@code task} is null (a thread the runtime did not start).
   */
  public static TaskState begin(Task task, TaskState state, Object target) {
    if (task == null) {
      return null;
    }
    TaskState before = task.getState();
    task.enter(state, target);
    return before;
  }

  /** Records that {@code task} no longer waits: it is back in {@code before}. */
  public static void end(Task task, TaskState before) {
    if (task != null) {
      task.enter(before, null);
    }
  }

  /**
   * As {@link #end}, for a wait made holding {@code held}, the guard of an object's own state: a
   * coroutine waits for its turn with the guard released, since the one holding the turn may need
   * it (a producer putting again while its consumer waits for the turn), and takes it back after.
   * The caller checks again what it waited for: another coroutine may have run meanwhile.
   */
  public static void endReleasing(
      Task task, TaskState before, java.util.concurrent.locks.Lock held) {
    if (task == null) {
      return;
    }
    if (!RuntimeInternals.takesTurns(task)) {
      task.enter(before, null);
      return;
    }
    held.unlock();
    try {
      task.enter(before, null);
    } finally {
      held.lock();
    }
  }

  /** Something to wait for that an interrupt may end. */
  @FunctionalInterface
  public interface Wait<T> {
    T run() throws InterruptedException;
  }

  /** Runs {@code wait} with the calling task journaled as waiting on {@code target}. */
  public static <T> T on(Object target, Wait<T> wait) throws InterruptedException {
    Task task = Task.current();
    if (task == null) {
      return wait.run();
    }
    TaskState before = task.getState();
    task.enter(TaskState.WAITING, target);
    try {
      return wait.run();
    } finally {
      task.enter(before, null);
    }
  }

  /**
   * Waits until {@code latch} opens or {@code seconds} pass (negative: as long as it takes).
   * Returns whether it opened.
   */
  public static boolean await(Object target, CountDownLatch latch, double seconds)
      throws InterruptedException {
    if (latch.getCount() == 0) {
      return true;
    }
    if (seconds < 0) {
      on(
          target,
          () -> {
            latch.await();
            return null;
          });
      return true;
    }
    return on(target, () -> latch.await(Seconds.nanos(seconds), TimeUnit.NANOSECONDS));
  }
}
