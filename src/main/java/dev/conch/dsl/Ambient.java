package dev.conch.dsl;

import dev.conch.runtime.Runtime;
import dev.conch.runtime.Task;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Finds the runtime of the code that calls a built-in: the runtime of the current task, or else the
 * session's (for threads the runtime did not start); and the {@link Look} of that runtime's
 * session. Thread-safe.
 */
final class Ambient {
  private static volatile Runtime fallback;

  /** The look of each session's runtime; a runtime no longer used is forgotten. */
  private static final Map<Runtime, Look> LOOKS = Collections.synchronizedMap(new WeakHashMap<>());

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

  static void setLook(Runtime runtime, Look look) {
    LOOKS.put(runtime, look);
  }

  /** Whether {@code runtime} has a session the shell set up (a child process's has none). */
  static boolean hasSession(Runtime runtime) {
    return LOOKS.containsKey(runtime);
  }

  /** The look of {@code runtime}'s session: {@link Look#PLAIN} until the shell sets one. */
  static Look look(Runtime runtime) {
    return LOOKS.getOrDefault(runtime, Look.PLAIN);
  }
}
