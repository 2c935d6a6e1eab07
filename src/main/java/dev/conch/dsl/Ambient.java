package dev.conch.dsl;

import dev.conch.runtime.Runtime;
import dev.conch.runtime.Task;

/**
 * Finds the runtime of the code that calls a built-in: the runtime of the current task, or else the
 * session's (for threads the runtime did not start). Thread-safe.
 */
final class Ambient {
  private static volatile Runtime fallback;

  private Ambient() {}

  static void setFallback(Runtime runtime) {
    fallback = runtime;
  }

  static Runtime runtime() {
    Task task = Task.current();
    Runtime runtime = task == null ? null : task.runtime();
    if (runtime == null) {
      runtime = fallback;
    }
    if (runtime == null) {
      throw new IllegalStateException("no Conch session is running on this thread");
    }
    return runtime;
  }
}
