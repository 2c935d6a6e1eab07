package dev.conch.runtime;

import java.util.Arrays;

/**
 * What one task may hold — the locks and semaphores it took — so that a task that is cancelled (or
 * cured of a deadlock) lets go of all of it as it ends, however it took it: {@code acquire()}
 * without a matching {@code release()} included, every hold of a re-entrant lock, each permit it
 * took. Each lock or semaphore is listed once; those the task no longer holds are dropped when the
 * list fills up, so a task that takes many locks one after another keeps a short list.
 *
 * <p>Confined to the task's own thread, the one that can give its locks back.
 */
final class TaskHoldings {
  private Object[] taken = new Object[4]; // each a Lock or a Semaphore
  private int size;
  private Object last; // the one taken last: taking it again costs one look

  /**
   * {@code task}, on its own thread, took {@code lockOrSemaphore} (once more): it gives it back
   * should it be cancelled. Taking the same one again costs a look at one field, so that tight
   * locked loops stay fast; giving it back costs nothing.
   */
  void took(Object lockOrSemaphore, Task task) {
    if (last == lockOrSemaphore || Thread.currentThread() != task.thread()) {
      return;
    }
    last = lockOrSemaphore;
    for (int i = size - 1; i >= 0; i--) {
      if (taken[i] == lockOrSemaphore) {
        return;
      }
    }
    if (size == taken.length) {
      dropThoseNotHeld(task);
      if (size > taken.length / 2) {
        taken = Arrays.copyOf(taken, taken.length * 2);
      }
    }
    taken[size++] = lockOrSemaphore;
  }

  private void dropThoseNotHeld(Task task) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (heldBy(taken[i], task)) {
        taken[kept++] = taken[i];
      }
    }
    Arrays.fill(taken, kept, size, null);
    size = kept;
  }

  /** Gives back, newest first, everything {@code task} holds; on the task's own thread. */
  void releaseAll(Task task) {
    while (size > 0) {
      Object h = taken[--size];
      taken[size] = null;
      switch (h) {
        case Lock lock -> lock.releaseAll();
        case Semaphore semaphore -> semaphore.releaseHeldBy(task);
        default -> throw new IllegalStateException("holds " + h);
      }
    }
  }

  private static boolean heldBy(Object h, Task task) {
    return switch (h) {
      case Lock lock -> lock.heldByCurrentThread();
      case Semaphore semaphore -> semaphore.heldBy(task);
      default -> throw new IllegalStateException("holds " + h);
    };
  }
}
