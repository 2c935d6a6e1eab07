package dev.conch.dsl.extensions;

import dev.conch.runtime.task.Task;

/**
 * The Python spellings a learner from the tutorials reaches for, added to {@link Task} as Groovy
 * extension methods so that the runtime keeps Java's names. Stateless.
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
}
