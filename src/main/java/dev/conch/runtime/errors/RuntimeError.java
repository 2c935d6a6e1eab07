package dev.conch.runtime.errors;

/**
 * A call made at the wrong moment or by the wrong task (Python's {@code RuntimeError}): releasing a
 * lock that is not held, waiting on a condition without its lock, a task joining itself, a job
 * submitted after {@code shutdown}. A learner catches it by its Python name; the shell says it in
 * the learner's language. Immutable.
 */
public final class RuntimeError extends MisuseError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public RuntimeError(String key, String english, Object... args) {
    super(key, english, args);
  }

  /**
   * What a learner raises, as Python's {@code raise RuntimeError('why')}: {@code message} as it is.
   */
  public RuntimeError(String message) {
    this("raised", "%s", message);
  }

  /**
   * A task's {@code what} set once it has started: only a new task takes it, so the error shows the
   * two ways to give it one (Python's {@code p.daemon = True} comes before {@code p.start()}).
   */
  public static RuntimeError tooLate(String task, String what, Object state) {
    return new RuntimeError(
        "task.toolate",
        "task %1$s: set %2$s before the task starts, not while it is %3$s: spawn(%2$s: …) { … },"
            + " or spawn(start: false) { … }, set it, then start()",
        task,
        what,
        state);
  }
}
