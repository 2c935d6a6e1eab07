package dev.conch.dsl;

import dev.conch.runtime.Queueing;

/**
 * The Python spellings of a queue's methods (a {@link Queueing}: this JVM's queues and a child's
 * proxies of its parent's), added as Groovy extension methods so that the runtime keeps Java's
 * names: {@code put_nowait}, {@code get_nowait}, {@code task_done}. Stateless.
 */
public final class QueueSpellings {
  private QueueSpellings() {}

  /** Python's {@code Queue.put_nowait(item)}. */
  public static void put_nowait(Queueing self, Object item) throws InterruptedException {
    self.putNowait(item);
  }

  /** Python's {@code Queue.get_nowait()}. */
  public static Object get_nowait(Queueing self) throws InterruptedException {
    return self.getNowait();
  }

  /** Python's {@code Queue.task_done()}. */
  public static void task_done(Queueing self) throws InterruptedException {
    self.taskDone();
  }
}
