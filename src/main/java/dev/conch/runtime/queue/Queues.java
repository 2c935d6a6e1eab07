package dev.conch.runtime.queue;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the session's queues, naming the unnamed ones {@code queue-1}, {@code lifo-2}, {@code
 * priority-3}, … in the order they are made. A {@code maxsize} of 0 or less means no limit.
 * Thread-safe. The tasks waiting on a queue name it in their journal, so none is kept here.
 */
public final class Queues {
  private final AtomicLong made = new AtomicLong();

  /** A first-in first-out queue named exactly {@code name}: a manager's, named after it. */
  public static Queue named(String name, int maxsize) {
    return new Queue(QueueKind.FIFO, name, maxsize);
  }

  /** A first-in first-out queue named {@code name}, or a generated name when it is null. */
  public Queue queue(int maxsize, String name) {
    return make(QueueKind.FIFO, maxsize, name);
  }

  /** A last-in first-out queue (a stack) named {@code name}, or a generated name. */
  public Queue lifoQueue(int maxsize, String name) {
    return make(QueueKind.LIFO, maxsize, name);
  }

  /**
   * A queue giving the smallest item first, named {@code name} or a generated name. Items are
   * numbers, text, other values that compare, or {@code [priority, item]} lists compared element by
   * element; items that compare equal leave in the order they came.
   */
  public Queue priorityQueue(int maxsize, String name) {
    return make(QueueKind.PRIORITY, maxsize, name);
  }

  /**
   * The same as {@link #queue}, for learners coming from Python's {@code multiprocessing}: every
   * Conch queue has {@code task_done()} and {@code join()}, as every queue of Python's {@code
   * queue} module does.
   */
  public Queue joinableQueue(int maxsize, String name) {
    return queue(maxsize, name);
  }

  private Queue make(QueueKind kind, int maxsize, String name) {
    return new Queue(
        kind, name != null ? name : kind.prefix() + "-" + made.incrementAndGet(), maxsize);
  }
}
