package dev.conch.runtime;

/**
 * Journals the waits of the synchronisation objects, as {@link Lock#acquire} and {@link Task#join}
 * do: the waiting task enters a waiting state naming what it waits for, and returns to its former
 * state afterwards. Also turns Python's timeouts in seconds into nanoseconds. Stateless.
 */
final class Waits {
  private Waits() {}

  /**
   * Records that {@code task} now waits in {@code state} for {@code target}; returns the state to
   * go back to, or null when {@code task} is null (a thread the runtime did not start).
   */
  static TaskState begin(Task task, TaskState state, Object target) {
    if (task == null) {
      return null;
    }
    TaskState before = task.getState();
    task.enter(state, target);
    return before;
  }

  /** Records that {@code task} no longer waits: it is back in {@code before}. */
  static void end(Task task, TaskState before) {
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
  static void endReleasing(Task task, TaskState before, java.util.concurrent.locks.Lock held) {
    if (task == null) {
      return;
    }
    if (Turns.here(task) == null) {
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

  /** Whether a timeout in seconds means "as long as it takes" (negative, as None in Python). */
  static boolean forever(double seconds) {
    return seconds < 0;
  }

  /** A timeout in seconds as nanoseconds; huge values saturate, NaN counts as no time at all. */
  static long nanos(double seconds) {
    return (long) (seconds * 1e9);
  }
}
