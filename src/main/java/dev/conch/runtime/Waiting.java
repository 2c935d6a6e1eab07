package dev.conch.runtime;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits of the pools' callers, journaled as the task {@link TaskState#WAITING} on what it waits
 * for, so {@code /tasks} can say so. Stateless and thread-safe.
 */
final class Waiting {
  private Waiting() {}

  /** Something to wait for that an interrupt may end. */
  @FunctionalInterface
  interface Wait<T> {
    T run() throws InterruptedException;
  }

  /** Runs {@code wait} with the calling task journaled as waiting on {@code target}. */
  static <T> T on(Object target, Wait<T> wait) throws InterruptedException {
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
  static boolean await(Object target, CountDownLatch latch, double seconds)
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
    return on(target, () -> latch.await(nanos(seconds), TimeUnit.NANOSECONDS));
  }

  /** {@code seconds} in nanoseconds, 0 for less. */
  static long nanos(double seconds) {
    return (long) Math.max(0, Math.min(Long.MAX_VALUE / 2.0, seconds * 1e9));
  }

  /** {@code seconds} as a learner wrote them: {@code 0.5}, {@code 2}. */
  static String seconds(double seconds) {
    return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
  }

  /**
   * Throws {@code error} as it is, even where the method may not declare it: an {@link
   * InterruptedException} out of an {@link java.util.Iterator}'s {@code next()} stays what it is,
   * so Ctrl-C is recognised.
   */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException sneaky(Throwable error) throws E {
    throw (E) error;
  }
}
