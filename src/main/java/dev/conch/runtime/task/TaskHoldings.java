package dev.conch.runtime.task;

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
  private Hold[] taken = new Hold[4]; // each a lock's or a semaphore's
  private int size;
  private Hold last; // the one taken last: taking it again costs one look

  /**
   * {@code task}, on its own thread, took the lock or semaphore of {@code hold} (once more): it
   * gives it back should it be cancelled. Taking the same one again costs a look at one field, so
   * that tight locked loops stay fast; giving it back costs nothing.
   */
  void took(Hold hold, Task task) {
    if (last == hold || Thread.currentThread() != task.thread()) {
      return;
    }
    last = hold;
    for (int i = size - 1; i >= 0; i--) {
      if (taken[i] == hold) {
        return;
      }
    }
    if (size == taken.length) {
      dropThoseNotHeld(task);
      if (size > taken.length / 2) {
        taken = Arrays.copyOf(taken, taken.length * 2);
      }
    }
    taken[size++] = hold;
  }

  private void dropThoseNotHeld(Task task) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (taken[i].heldBy(task)) {
        taken[kept++] = taken[i];
      }
    }
    Arrays.fill(taken, kept, size, null);
    size = kept;
  }

  /** Gives back, newest first, everything {@code task} holds; on the task's own thread. */
  void releaseAll(Task task) {
    while (size > 0) {
      Hold h = taken[--size];
      taken[size] = null;
      h.releaseAll(task);
    }
  }
}
