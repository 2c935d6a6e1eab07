package dev.conch.runtime.errors;

/**
 * A message sent on a pipe whose other end is closed, so it can never arrive (Python's {@code
 * BrokenPipeError}, an {@link OSError}). Immutable.
 */
public final class BrokenPipeError extends OSError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public BrokenPipeError(String key, String english, Object... args) {
    super(key, english, args);
  }
}
