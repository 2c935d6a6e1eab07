package dev.conch.runtime.task;

import java.util.concurrent.Callable;

/**
 * Which task a thread runs for: set by a task's own thread for its life, and for a while by a
 * thread that acts for another task (a child process's proxied calls in the parent), so that what
 * the work waits for is journaled on the right task. Thread-safe: one value per thread.
 */
final class CurrentTask {
  private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

  private CurrentTask() {}

  /** The task this thread runs for, or null on a thread the runtime did not start. */
  static Task get() {
    return CURRENT.get();
  }

  /** From now on this thread runs for {@code task}. */
  static void set(Task task) {
    CURRENT.set(task);
  }

  /** This thread no longer runs for any task. */
  static void clear() {
    CURRENT.remove();
  }

  /** Runs {@code work} on this thread as {@code task}'s, then gives back the task it ran for. */
  static <T> T actingAs(Task task, Callable<T> work) throws Exception {
    Task before = CURRENT.get();
    CURRENT.set(task);
    try {
      return work.call();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }
}
