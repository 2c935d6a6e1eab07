package dev.conch.dsl;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.Task;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Finds the runtime of the code that calls a built-in: the runtime of the current task, or else the
 * session's (for threads the runtime did not start); and the {@link PrintStyle} of that runtime's
 * session. Thread-safe.
 */
final class CurrentRuntime {
  private static volatile ConchRuntime fallback;

  /** The look of each session's runtime; a runtime no longer used is forgotten. */
  private static final Map<ConchRuntime, PrintStyle> LOOKS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private CurrentRuntime() {}

  static void setFallback(ConchRuntime runtime) {
    fallback = runtime;
  }

  static ConchRuntime runtime() {
    Task task = Task.current();
    ConchRuntime runtime = task == null ? null : task.runtime();
    if (runtime == null) {
      runtime = fallback;
    }
    if (runtime == null) {
      throw new IllegalStateException("no Conch session is running on this thread");
    }
    return runtime;
  }

  static void setLook(ConchRuntime runtime, PrintStyle look) {
    LOOKS.put(runtime, look);
  }

  /** Whether {@code runtime} has a session the shell set up (a child process's has none). */
  static boolean hasSession(ConchRuntime runtime) {
    return LOOKS.containsKey(runtime);
  }

  /** The look of {@code runtime}'s session: {@link PrintStyle#PLAIN} until the shell sets one. */
  static PrintStyle look(ConchRuntime runtime) {
    return LOOKS.getOrDefault(runtime, PrintStyle.PLAIN);
  }
}
