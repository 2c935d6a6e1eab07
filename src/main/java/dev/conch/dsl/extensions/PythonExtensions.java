package dev.conch.dsl.extensions;

import dev.conch.dsl.SyncBuiltins;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.shared.Manager;
import dev.conch.runtime.shared.SharedValue;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.task.Task;

/**
 * The Python spellings a learner from the tutorials reaches for, added to {@link Task} and {@link
 * Manager} as Groovy extension methods so that the runtime keeps Java's names. Stateless.
 */
public final class PythonExtensions {
  private PythonExtensions() {}

  /** Python's {@code Thread.setDaemon(flag)} of old. */
  public static void setDaemon(Task self, Object flag) {
    self.setDaemon(Boolean.TRUE.equals(flag));
  }

  /** Python's {@code ident}: the task's number. */
  public static long getIdent(Task self) {
    return self.getId();
  }

  /** Python's {@code Manager().Queue()}: {@code queue()}. */
  public static Queue Queue(Manager self) {
    return self.queue();
  }

  /** Python's {@code Manager().Queue(maxsize)}: {@code queue(maxsize)}. */
  public static Queue Queue(Manager self, int maxsize) {
    return self.queue(maxsize);
  }

  /**
   * Python's {@code Manager().Value('i', 0)}: {@code value(0)}. The type code is C's ({@code 'i'},
   * {@code 'd'}); a Conch value holds whatever it is given.
   */
  public static SharedValue Value(Manager self, Object typeCode, Object initial) {
    return self.value(initial);
  }

  /** Python's {@code Manager().Lock()}: a lock, which the processes it is given to share. */
  public static Lock Lock(Manager self) {
    return SyncBuiltins.lock();
  }

  /** Python's {@code Manager().RLock()}: a re-entrant lock the processes share. */
  public static RLock RLock(Manager self) {
    return SyncBuiltins.rlock();
  }
}
