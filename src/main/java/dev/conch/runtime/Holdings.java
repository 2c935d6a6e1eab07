package dev.conch.runtime;

import java.util.Arrays;

/**
 * What one task holds — the locks and semaphores it took and has not given back — so that a task
 * that is cancelled (or cured of a deadlock) lets go of all of it as it ends, however it took it:
 * {@code acquire()} without a matching {@code release()} included, every hold of a re-entrant lock,
 * each permit it took. Each lock or semaphore is listed once.
 *
 * <p>Confined to the task's own thread, the one that can give its locks back.
 */
final class Holdings {
  private Object[] held = new Object[2]; // each a Lock or a Semaphore
  private int size;

  /** The task took {@code lockOrSemaphore} (once more). */
  void add(Object lockOrSemaphore) {
    for (int i = size - 1; i >= 0; i--) {
      if (held[i] == lockOrSemaphore) {
        return;
      }
    }
    if (size == held.length) {
      held = Arrays.copyOf(held, size * 2);
    }
    held[size++] = lockOrSemaphore;
  }

  /** The task no longer holds any of {@code lockOrSemaphore}. */
  void remove(Object lockOrSemaphore) {
    for (int i = size - 1; i >= 0; i--) {
      if (held[i] == lockOrSemaphore) {
        System.arraycopy(held, i + 1, held, i, size - i - 1);
        held[--size] = null;
        return;
      }
    }
  }

  /** Gives back, newest first, everything {@code task} holds; on the task's own thread. */
  void releaseAll(Task task) {
    while (size > 0) {
      Object h = held[--size];
      held[size] = null;
      switch (h) {
        case Lock lock -> lock.releaseAllHolds();
        case Semaphore semaphore -> semaphore.releaseHeldBy(task);
        default -> throw new IllegalStateException("holds " + h);
      }
    }
  }
}
