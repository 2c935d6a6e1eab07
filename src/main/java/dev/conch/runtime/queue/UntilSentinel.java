package dev.conch.runtime.queue;

import dev.conch.runtime.Rethrow;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks a queue's items as {@link Queueing#takeUntil} describes: {@link #hasNext()} takes the next
 * item, waiting for it, and says false once that item is the sentinel. Confined to the task that
 * iterates (several tasks may each walk the same queue with an iterator of their own).
 */
final class UntilSentinel implements Iterator<Object> {
  private final Queueing queue;
  private final Object sentinel;
  private Object next;
  private boolean taken;
  private boolean ended;

  UntilSentinel(Queueing queue, Object sentinel) {
    this.queue = queue;
    this.sentinel = sentinel;
  }

  /**
   * Takes the next item if it has not been taken yet, waiting for one. An interrupt while it waits
   * ends the loop with the {@link InterruptedException} itself, as for any other wait.
   */
  @Override
  public boolean hasNext() {
    if (ended) {
      return false;
    }
    if (!taken) {
      next = take();
      taken = true;
      if (PythonOrder.same(next, sentinel)) {
        ended = true;
        next = null;
        finish();
      }
    }
    return !ended;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException(queue.label() + ": the sentinel was taken");
    }
    taken = false;
    Object item = next;
    next = null;
    return item;
  }

  private void finish() {
    try {
      queue.taskDone();
    } catch (InterruptedException e) {
      throw Rethrow.unchecked(e);
    }
  }

  private Object take() {
    try {
      return queue.get();
    } catch (InterruptedException e) {
      throw Rethrow.unchecked(e);
    }
  }
}
