package dev.conch.runtime.errors;

/**
 * A pipe end used against its nature (Python's {@code OSError}): sending on an end that only
 * receives, using an end that is closed. A learner catches it by its Python name; the shell says it
 * in the learner's language. Immutable.
 */
public class OSError extends MisuseError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public OSError(String key, String english, Object... args) {
    super(key, english, args);
  }

  /** What a learner raises, as Python's {@code raise OSError('why')}: {@code message} as it is. */
  public OSError(String message) {
    this("raised", "%s", message);
  }
}
