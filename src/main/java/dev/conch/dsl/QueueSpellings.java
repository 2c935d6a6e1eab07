package dev.conch.dsl;

import dev.conch.runtime.Queue;

/**
 * The Python spellings of {@link Queue}'s methods, added as Groovy extension methods so that the
 * runtime keeps Java's names: {@code put_nowait}, {@code get_nowait}, {@code task_done}. Stateless.
 */
public final class QueueSpellings {
  private QueueSpellings() {}

  /** Python's {@code Queue.put_nowait(item)}. */
  public static void put_nowait(Queue self, Object item) throws InterruptedException {
    self.putNowait(item);
  }

  /** Python's {@code Queue.get_nowait()}. */
  public static Object get_nowait(Queue self) throws InterruptedException {
    return self.getNowait();
  }

  /** Python's {@code Queue.task_done()}. */
  public static void task_done(Queue self) {
    self.taskDone();
  }
}
