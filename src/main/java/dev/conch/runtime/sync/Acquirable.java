package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.task.Task;
import java.util.concurrent.Callable;

/**
 * What a task takes and gives back: a lock, a semaphore's permit, a condition's lock. The Python
 * spellings of taking ({@code acquire()}, {@code acquire(blocking)}) and the block form {@code
 * withLock} follow from {@link #acquire(boolean, double)} and {@link #release()}. Implementations
 * state their own thread-safety.
 */
public interface Acquirable {
  /**
   * Takes it, as Python's {@code acquire(blocking, timeout)}: when not {@code blocking} only if it
   * is free now; otherwise waiting at most {@code timeoutSeconds} (a negative value waits as long
   * as it takes). Returns whether it was taken.
   */
  boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException;

  /** Gives it back. */
  void release();

  /**
   * Refuses {@code acquire(false, timeout)} as Python does: a call that does not wait takes no
   * timeout ({@code -1}, the one that waits forever, stands for none).
   *
   * @throws ValueError when not {@code blocking} and a timeout is given
   */
  static void requireNoTimeoutUnlessBlocking(Object what, boolean blocking, double timeout) {
    if (!blocking && timeout != -1) {
      throw new ValueError(
          "acquire.timeout",
          "%s: acquire(false) does not wait, so it takes no timeout (%s s given)",
          what,
          Seconds.text(timeout));
    }
  }

  /**
   * Refuses a negative timeout other than {@code -1} (the one that waits forever), as Python's
   * locks and queues do: a wait cannot last less than no time.
   *
   * @throws ValueError when {@code timeout} is negative and not -1
   */
  static void requireTimeoutOrForever(Object what, String call, double timeout) {
    if (timeout < 0 && timeout != -1) {
      throw new ValueError(
          "timeout.negative",
          "%s: %s(timeout=%s): a timeout is 0 or more seconds, or -1 (or null) to wait as long as"
              + " it takes",
          what,
          call,
          Seconds.text(timeout));
    }
  }

  /** Takes it, waiting as long as it takes. Returns true. */
  default boolean acquire() throws InterruptedException {
    return acquire(true, -1);
  }

  /** Takes it if it is free now, or, when {@code blocking}, waits for it. */
  default boolean acquire(boolean blocking) throws InterruptedException {
    return acquire(blocking, -1);
  }

  /** Runs {@code body} holding it, giving it back however the body ends; returns its value. */
  default <T> T withLock(Callable<T> body) throws Exception {
    acquire();
    try {
      return body.call();
    } finally {
      release();
    }
  }

  /** Who takes or gives back, as messages say it: {@code task left}, or {@code this thread}. */
  static String holderName(Task task) {
    return task == null ? "this thread" : "task " + task.getName();
  }

  /**
   * The error for {@code task} taking again, waiting as long as it takes, the plain lock named
   * {@code label} that it holds: that wait would never end.
   */
  static MisuseError selfDeadlock(String label, Task task) {
    return new RuntimeError(
        "lock.again",
        "%s: %s already holds it, and taking it again would wait forever (a self-deadlock);"
            + " use rlock() for a lock a task may take again",
        label,
        holderName(task));
  }
}
