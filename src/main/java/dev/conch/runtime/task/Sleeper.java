package dev.conch.runtime.task;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import java.time.Duration;

/**
 * Sleeping that the journal sees and that an interrupt (Ctrl-C, cancel) ends at once. Thread-safe.
 */
public final class Sleeper {
  // the last duration journaled, shared by the next sleep of the same length: 100,000 tasks that
  // sleep 10 ms need one Duration, not 100,000
  private volatile Duration last = Duration.ZERO;

  /**
   * Sleeps the calling task for {@code millis} milliseconds, recording it as sleeping.
   *
   * @throws MisuseError for a negative duration
   * @throws InterruptedException when the task is interrupted while it sleeps
   */
  public void sleep(long millis) throws InterruptedException {
    if (millis < 0) {
      throw new ValueError(
          "sleep.negative", "sleep: %d ms is negative, expected 0 or more", millis);
    }
    Task task = Task.current();
    if (task == null) {
      Thread.sleep(millis);
      return;
    }
    Duration duration = last;
    if (duration.toMillis() != millis) {
      duration = Duration.ofMillis(millis);
      last = duration;
    }
    TaskState before = task.getState();
    Coroutines loop = Turns.here(task);
    if (loop != null) {
      // a coroutine's sleep is a timer of the loop: the others run, and wake in deadline order
      task.record(TaskState.SLEEPING, duration);
      try {
        loop.sleep(task, millis * 1_000_000L);
      } finally {
        task.record(before, null);
      }
      return;
    }
    task.enter(TaskState.SLEEPING, duration);
    try {
      Thread.sleep(millis);
    } finally {
      task.enter(before, null);
    }
  }
}
