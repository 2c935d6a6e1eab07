package dev.conch.runtime.errors;

/**
 * A call given a value of the right type but not an acceptable one (Python's {@code ValueError}): a
 * semaphore of -1 permits, a pool of no workers, {@code task_done()} once too often, a negative
 * sleep. A learner catches it by its Python name; the shell says it in the learner's language.
 * Immutable.
 */
public final class ValueError extends MisuseError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public ValueError(String key, String english, Object... args) {
    super(key, english, args);
  }

  /**
   * What a learner raises, as Python's {@code raise ValueError('why')}: {@code message} as it is.
   */
  public ValueError(String message) {
    this("raised", "%s", message);
  }
}
