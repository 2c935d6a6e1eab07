package dev.conch.runtime.errors;

/**
 * A pool's job that will never give a result: it was cancelled, or its pool was terminated, before
 * it ended (Python's {@code CancelledError}). Immutable.
 */
public final class CancelledError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** A cancellation whose English message is {@code String.format(english, args)}. */
  public CancelledError(String key, String english, Object... args) {
    super(key, null, english, args);
  }
}
