package dev.conch.runtime.queue;

/**
 * What a learner does with a queue, in Python's terms, whether the queue lives in this JVM ({@link
 * Queue}) or in the parent of a child process (the child's proxy): the overloads of {@code put} and
 * {@code get} come from the two full forms once, here, and the Groovy spellings {@code put_nowait},
 * {@code get_nowait} and {@code task_done} are written once against this type. Implementations are
 * thread-safe.
 */
public interface Queueing {
  /**
   * Puts {@code item}, as Python's {@code put(item, block, timeout)}: when the queue is full and
   * {@code block}, waits for room at most {@code timeoutSeconds} (seconds; -1: as long as it
   * takes).
   *
   * @throws Full when there is no room now and {@code block} is false, or none came in time
   */
  void put(Object item, boolean block, double timeoutSeconds) throws InterruptedException;

  /**
   * Takes the next item, as Python's {@code get(block, timeout)}.
   *
   * @throws Empty when there is no item now and {@code block} is false, or none came in time
   */
  Object get(boolean block, double timeoutSeconds) throws InterruptedException;

  /** Says one item taken earlier is dealt with, for {@code join()}. */
  void taskDone() throws InterruptedException;

  /** How the queue is named in messages: {@code queue jobs}. */
  String label();

  /**
   * The items of this queue, taken one by one with {@link #get()} until the item taken is {@code
   * sentinel} (compared as Groovy's {@code ==}: 1 and 1L are the same): {@code for (job in
   * q.takeUntil(null)) { … }}. The sentinel ends the loop and is not given to it; it counts as
   * finished for {@code join()} at once.
   */
  default Iterable<Object> takeUntil(Object sentinel) {
    return () -> new UntilSentinel(this, sentinel);
  }

  /** Puts {@code item}, waiting as long as it takes for room. */
  default void put(Object item) throws InterruptedException {
    put(item, true, -1);
  }

  /** Puts {@code item}; when the queue is full, waits for room if {@code block}, else raises. */
  default void put(Object item, boolean block) throws InterruptedException {
    put(item, block, -1);
  }

  /** Puts {@code item} if there is room now (Python's {@code put_nowait}). */
  default void putNowait(Object item) throws InterruptedException {
    put(item, false, -1);
  }

  /** Takes the next item, waiting as long as it takes for one. */
  default Object get() throws InterruptedException {
    return get(true, -1);
  }

  /** Takes the next item; when the queue is empty, waits for one if {@code block}, else raises. */
  default Object get(boolean block) throws InterruptedException {
    return get(block, -1);
  }

  /** Takes the next item if there is one now (Python's {@code get_nowait}). */
  default Object getNowait() throws InterruptedException {
    return get(false, -1);
  }
}
