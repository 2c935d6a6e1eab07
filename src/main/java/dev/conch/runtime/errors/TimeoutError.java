package dev.conch.runtime.errors;

/**
 * A wait for a pool's results that ran out of time (Python's {@code TimeoutError}). The results are
 * still coming: waiting again may get them. Immutable.
 */
public final class TimeoutError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** A timeout whose English message is {@code String.format(english, args)}. */
  public TimeoutError(String key, String english, Object... args) {
    super(key, null, english, args);
  }

  /**
   * What a learner raises, as Python's {@code raise TimeoutError('why')}: {@code message} as it is.
   */
  public TimeoutError(String message) {
    this("raised", "%s", message);
  }
}
