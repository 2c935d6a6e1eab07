package dev.conch.dsl;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.Slots;
import dev.conch.runtime.task.Task;

/**
 * Finds the runtime of the code that calls a built-in: the runtime of the current task, or else the
 * session's (for threads the runtime did not start); and the {@link PrintStyle} of that runtime's
 * session. Thread-safe.
 */
public final class CurrentRuntime {
  private static volatile ConchRuntime fallback;

  /** How each session prints, kept by its runtime. */
  private static final Slots.Key<PrintStyle> LOOK =
      new Slots.Key<>("print style", PrintStyle.class);

  private CurrentRuntime() {}

  static void setFallback(ConchRuntime runtime) {
    fallback = runtime;
  }

  public static ConchRuntime runtime() {
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
    runtime.slots().put(LOOK, look);
  }

  /** Whether {@code runtime} has a session the shell set up (a child process's has none). */
  static boolean hasSession(ConchRuntime runtime) {
    return runtime.slots().get(LOOK) != null;
  }

  /** The look of {@code runtime}'s session: {@link PrintStyle#PLAIN} until the shell sets one. */
  public static PrintStyle look(ConchRuntime runtime) {
    PrintStyle look = runtime.slots().get(LOOK);
    return look != null ? look : PrintStyle.PLAIN;
  }
}
