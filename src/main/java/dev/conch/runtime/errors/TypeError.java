package dev.conch.runtime.errors;

/**
 * A call given something of the wrong kind (Python's {@code TypeError}): items a priority queue
 * cannot order, an option a call does not take, a value that cannot be copied to a process. A
 * learner catches it by its Python name; the shell says it in the learner's language. Immutable.
 */
public final class TypeError extends MisuseError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public TypeError(String key, String english, Object... args) {
    super(key, english, args);
  }

  /**
   * What a learner raises, as Python's {@code raise TypeError('why')}: {@code message} as it is.
   */
  public TypeError(String message) {
    this("raised", "%s", message);
  }
}
